import * as React from 'react';
import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger, Field, Input, Radio, RadioGroup, Select, Switch,
} from '@fluentui/react-components';
import { Language, Settings } from '../../core/settings';
import { Strings } from '../strings';
import { readTypedNumber, showTypedNumber } from '../decimal';

export interface SettingsDialogProps {
  settings: Settings;
  strings: Strings;
  disabled?: boolean;
  onSave(settings: Settings): void;
}

/** The rating scale's four boundaries (SPEC §11): the upper bounds of Sangat Rendah, Rendah, Sedang and Tinggi. */
type ScaleField = 'scale0' | 'scale1' | 'scale2' | 'scale3';
const SCALE_FIELDS: ScaleField[] = ['scale0', 'scale1', 'scale2', 'scale3'];
type NumberField = 'averageCap' | 'implausibleAbove' | 'tolerance' | ScaleField;
const NUMBER_FIELDS: NumberField[] = ['averageCap', 'implausibleAbove', 'tolerance', ...SCALE_FIELDS];
type Texts = Record<NumberField, string>;
type Problems = Record<NumberField, string | null>;
const NO_PROBLEMS: Problems = { averageCap: null, implausibleAbove: null, tolerance: null, scale0: null, scale1: null, scale2: null, scale3: null };
const EXAMPLE: Record<NumberField, number> = { averageCap: 120, implausibleAbove: 150, tolerance: 0.05, scale0: 50, scale1: 65, scale2: 75, scale3: 90 };

function textsOf(s: Settings): Texts {
  const lang = s.language;
  return {
    averageCap: s.averageCap === null ? '' : showTypedNumber(s.averageCap, lang),
    implausibleAbove: showTypedNumber(s.implausibleAbove, lang),
    tolerance: showTypedNumber(s.tolerance, lang),
    scale0: showTypedNumber(s.ratingScale[0], lang),
    scale1: showTypedNumber(s.ratingScale[1], lang),
    scale2: showTypedNumber(s.ratingScale[2], lang),
    scale3: showTypedNumber(s.ratingScale[3], lang),
  };
}

const isScale = (field: NumberField): field is ScaleField => (SCALE_FIELDS as NumberField[]).includes(field);

/** A field's text → its value (null: no cap), or the words that say what is wrong with it. */
export function readNumberField(field: NumberField, text: string, strings: Strings, lang: Language): { value: number | null } | { problem: string } {
  const example = showTypedNumber(EXAMPLE[field], lang);
  const read = readTypedNumber(text);
  if (read.kind === 'empty') return field === 'averageCap' ? { value: null } : { problem: strings.numberRequired(example) };
  if (read.kind === 'invalid') return { problem: strings.numberNotNumber(text.trim(), example) };
  if (field === 'tolerance' || isScale(field)) return read.value < 0 ? { problem: strings.numberNegative } : { value: read.value };
  return read.value <= 0 ? { problem: strings.numberNotPositive } : { value: read.value };
}

/** The settings of SPEC §8, kept in the document. Numbers keep the typed text until blur or Simpan. */
export function SettingsDialog({ settings, strings, disabled, onSave }: SettingsDialogProps) {
  const [open, setOpen] = React.useState(false);
  const [draft, setDraft] = React.useState(settings);
  const [texts, setTexts] = React.useState<Texts>(() => textsOf(settings));
  const [problems, setProblems] = React.useState<Problems>(NO_PROBLEMS);
  const inputs = React.useRef<Partial<Record<NumberField, HTMLInputElement | null>>>({});
  const lang = settings.language;
  React.useEffect(() => {
    if (open) {
      setDraft(settings);
      setTexts(textsOf(settings));
      setProblems(NO_PROBLEMS);
    }
  }, [open, settings]);

  /** A field's problem; a scale boundary must also be above the one before it (when that one reads as a number). */
  const problemOf = (field: NumberField, all: Texts) => {
    const r = readNumberField(field, all[field], strings, lang);
    if ('problem' in r) return r.problem;
    const i = isScale(field) ? SCALE_FIELDS.indexOf(field) : 0;
    if (i === 0) return null;
    const before = readNumberField(SCALE_FIELDS[i - 1], all[SCALE_FIELDS[i - 1]], strings, lang);
    return 'value' in before && before.value !== null && r.value !== null && r.value <= before.value
      ? strings.ratingNotIncreasing(showTypedNumber(before.value, lang))
      : null;
  };
  /** Shown messages follow the texts as they change (a boundary's message goes when the one before it is lowered). */
  const recheck = (p: Problems, all: Texts): Problems => {
    const next = { ...p };
    for (const f of NUMBER_FIELDS) if (next[f]) next[f] = problemOf(f, all);
    return next;
  };
  const edit = (field: NumberField, text: string) => {
    const all = { ...texts, [field]: text };
    setTexts(all);
    // A shown message goes away as soon as the text is right; a new one waits for blur or Simpan.
    setProblems((p) => recheck(p, all));
  };
  const leave = (field: NumberField) => setProblems((p) => ({ ...recheck(p, texts), [field]: problemOf(field, texts) }));

  const save = () => {
    const found: Problems = { ...NO_PROBLEMS };
    const next: Settings = { ...draft };
    const scale = [...draft.ratingScale] as Settings['ratingScale'];
    for (const field of NUMBER_FIELDS) {
      const r = readNumberField(field, texts[field], strings, lang);
      found[field] = problemOf(field, texts);
      if ('problem' in r) continue;
      if (field === 'averageCap') next.averageCap = r.value;
      else if (isScale(field)) scale[SCALE_FIELDS.indexOf(field)] = r.value as number;
      else next[field] = r.value as number;
    }
    next.ratingScale = scale;
    setProblems(found);
    const first = NUMBER_FIELDS.find((f) => found[f]);
    if (first) {
      inputs.current[first]?.focus();
      return;
    }
    onSave(next);
    setOpen(false);
  };

  const numberField = (field: NumberField, label: string) => (
    <Field label={label} validationState={problems[field] ? 'error' : 'none'} validationMessage={problems[field] ?? undefined}>
      <Input
        inputMode="decimal"
        value={texts[field]}
        ref={(el) => {
          inputs.current[field] = el;
        }}
        onChange={(_, d) => edit(field, d.value)}
        onBlur={() => leave(field)}
      />
    </Field>
  );

  const invalid = NUMBER_FIELDS.some((f) => problems[f]);
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
            {numberField('averageCap', strings.cap)}
            <Field label={strings.negativeFormula}>
              <Select value={draft.negativeFormula} onChange={(_, d) => setDraft({ ...draft, negativeFormula: d.value as Settings['negativeFormula'] })}>
                <option value="two-t-minus-r">(2T − R) / T</option>
                <option value="t-over-r">T / R</option>
              </Select>
            </Field>
            <Switch
              checked={draft.inferPolarity}
              label={strings.inferPolarity}
              onChange={(_, d) => setDraft({ ...draft, inferPolarity: d.checked })}
            />
            {numberField('implausibleAbove', strings.implausibleAbove)}
            {numberField('tolerance', strings.tolerance)}
            <fieldset style={{ display: 'flex', flexDirection: 'column', gap: 8, border: 'none', margin: 0, padding: 0 }} aria-describedby="cermat-rating-hint">
              <legend style={{ padding: 0, marginBottom: 4 }}>{strings.ratingScale}</legend>
              <span id="cermat-rating-hint" style={{ fontSize: 12 }}>{strings.ratingScaleHint}</span>
              {SCALE_FIELDS.map((f, i) => <React.Fragment key={f}>{numberField(f, strings.ratingBound[i])}</React.Fragment>)}
            </fieldset>
            {invalid && <span id="cermat-settings-fix" role="alert">{strings.fixFields}</span>}
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">{strings.cancel}</Button>
            </DialogTrigger>
            <Button appearance="primary" onClick={save} aria-describedby={invalid ? 'cermat-settings-fix' : undefined}>{strings.save}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
