/**
 * A labelled text field that keeps what the researcher typed even when it cannot be
 * stored yet (an emptied title): the error is shown beside it and the last valid text
 * stays saved until the field is valid again. Undo from outside replaces the draft.
 */
import { useId, useState } from 'react';

interface DraftFieldProps {
  label: string;
  value: string;
  /** Stores the text; returns false when it was refused, with `error` saying why. */
  onChange: (value: string) => boolean;
  onLeave?: () => void;
  error?: string;
  multiline?: boolean;
  rows?: number;
  focusKey?: string;
  className?: string;
}

export function DraftField({
  label,
  value,
  onChange,
  onLeave,
  error,
  multiline,
  rows = 2,
  focusKey,
  className,
}: DraftFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [refused, setRefused] = useState(false);
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    // The stored text changed (undo, or an accepted edit): show it.
    setShown(value);
    setDraft(value);
    setRefused(false);
  }

  const change = (next: string) => {
    setDraft(next);
    setRefused(next !== value && !onChange(next));
  };
  const leave = () => {
    // Leaving a field that could not be stored shows the stored text again: nothing is lost.
    if (refused) {
      setDraft(value);
      setRefused(false);
    }
    onLeave?.();
  };
  const props = {
    id,
    value: draft,
    'aria-invalid': refused || undefined,
    'aria-describedby': refused ? `${id}-error` : undefined,
    'data-focus-key': focusKey,
    onChange: (event: { target: { value: string } }) => change(event.target.value),
    onBlur: leave,
  };
  return (
    <div className={`draft-field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={rows} {...props} /> : <input type="text" {...props} />}
      {refused && error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
