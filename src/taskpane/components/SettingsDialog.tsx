import * as React from 'react';
import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger, Field, Input, Radio, RadioGroup, Select,
} from '@fluentui/react-components';
import { Settings, validateSettings } from '../../core/settings';
import { Strings } from '../strings';

export interface SettingsDialogProps {
  settings: Settings;
  strings: Strings;
  disabled?: boolean;
  onSave(settings: Settings): void;
}

/** The settings of SPEC §8, kept in the document. */
export function SettingsDialog({ settings, strings, disabled, onSave }: SettingsDialogProps) {
  const [open, setOpen] = React.useState(false);
  const [draft, setDraft] = React.useState(settings);
  const [cap, setCap] = React.useState(settings.averageCap === null ? '' : String(settings.averageCap));
  const [error, setError] = React.useState<string | null>(null);
  React.useEffect(() => {
    if (open) {
      setDraft(settings);
      setCap(settings.averageCap === null ? '' : String(settings.averageCap));
      setError(null);
    }
  }, [open, settings]);
  const num = (v: string) => Number(v.replace(',', '.'));
  const save = () => {
    const next: Settings = { ...draft, averageCap: cap.trim() === '' ? null : num(cap) };
    if (validateSettings(next)) {
      setError(strings.invalidSetting);
      return;
    }
    onSave(next);
    setOpen(false);
  };
  return (
    <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button disabled={disabled}>{strings.settings}</Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{strings.settings}</DialogTitle>
          <DialogContent style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
            <Field label={strings.language}>
              <Select value={draft.language} onChange={(_, d) => setDraft({ ...draft, language: d.value as Settings['language'] })}>
                <option value="id">Bahasa Indonesia</option>
                <option value="en">English</option>
              </Select>
            </Field>
            <Field label={strings.absentInAverage}>
              <RadioGroup value={draft.absentInAverage} onChange={(_, d) => setDraft({ ...draft, absentInAverage: d.value as Settings['absentInAverage'] })}>
                <Radio value="omit" label={strings.absentOmit} />
                <Radio value="zero" label={strings.absentZero} />
              </RadioGroup>
            </Field>
            <Field label={strings.cap} validationMessage={error ?? undefined}>
              <Input inputMode="decimal" value={cap} onChange={(_, d) => setCap(d.value)} />
            </Field>
            <Field label={strings.negativeFormula}>
              <Select value={draft.negativeFormula} onChange={(_, d) => setDraft({ ...draft, negativeFormula: d.value as Settings['negativeFormula'] })}>
                <option value="two-t-minus-r">(2T − R) / T</option>
                <option value="t-over-r">T / R</option>
              </Select>
            </Field>
            <Field label={strings.implausibleAbove}>
              <Input inputMode="decimal" value={String(draft.implausibleAbove)} onChange={(_, d) => setDraft({ ...draft, implausibleAbove: num(d.value) })} />
            </Field>
            <Field label={strings.tolerance}>
              <Input inputMode="decimal" value={String(draft.tolerance)} onChange={(_, d) => setDraft({ ...draft, tolerance: num(d.value) })} />
            </Field>
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">{strings.cancel}</Button>
            </DialogTrigger>
            <Button appearance="primary" onClick={save}>{strings.save}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
