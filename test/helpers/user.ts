// user-event as every pane test drives it: no delay between keystrokes, and its pointer-events check (an element
// under `pointer-events: none` cannot be clicked, as in a browser) made once per element and call instead of before
// each of the call's pointer moves, presses and releases: the same check on the same styles, at a third of the cost
// (jsdom's getComputedStyle walks every style rule Fluent has inserted, each time).
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';

export const setupUser = () => userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.EachTarget });
export type User = ReturnType<typeof setupUser>;
