import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

/** Problems by readable path ("work[2].to"), as reported by the profile schema. */
export type IssueMap = ReadonlyMap<string, string>;

export function FieldError({ issues, path }: { issues: IssueMap; path: string }) {
  const message = issues.get(path);
  if (!message) return null;
  return (
    <p class="field-error" role="alert" data-path={path}>
      {message}
    </p>
  );
}

interface LabelledProps {
  label: string;
  hint?: string;
  issues: IssueMap;
  path: string;
  children: (id: string, describedBy: string | undefined) => ComponentChildren;
}

/** A label, the control (rendered by `children` with its id) and the validation message beside it. */
export function Labelled({ label, hint, issues, path, children }: LabelledProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const invalid = issues.has(path);
  return (
    <div class={invalid ? 'field invalid' : 'field'}>
      <label for={id}>{label}</label>
      {children(id, hintId)}
      {hint && (
        <small id={hintId} class="hint">
          {hint}
        </small>
      )}
      <FieldError issues={issues} path={path} />
    </div>
  );
}

export function Checkbox({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label class="check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      {label}
    </label>
  );
}

export function Section({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="card" aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

/** Replaces item `index` of a list immutably. */
export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((existing, i) => (i === index ? item : existing));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}
