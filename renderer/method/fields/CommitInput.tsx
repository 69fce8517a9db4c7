/**
 * Text inputs that change the journey once per edit, not per keystroke: the draft lives here
 * while the user types, and is committed (one undo step) on blur or Enter; Escape throws it
 * away. When the value changes from outside (undo, another window), an unfocused field follows.
 */
import { useEffect, useRef, useState, type InputHTMLAttributes, type Ref, type TextareaHTMLAttributes } from 'react';

interface CommitProps {
  value: string;
  onCommit(value: string): void;
}

function useDraft({ value, onCommit }: CommitProps) {
  const [draft, setDraft] = useState(value);
  const latest = useRef<CommitProps>({ value, onCommit });
  // What the field was editing when it got focus: a click elsewhere may change the selection
  // (and so this field's target) before the blur arrives, and the edit belongs to the old one.
  const editing = useRef<CommitProps | null>(null);
  useEffect(() => {
    latest.current = { value, onCommit };
    if (!editing.current) setDraft(value);
  }, [value, onCommit]);
  const commit = () => {
    const target = editing.current ?? latest.current;
    if (draft !== target.value) target.onCommit(draft);
    if (editing.current) editing.current = { value: draft, onCommit: target.onCommit };
  };
  return {
    draft,
    setDraft,
    handlers: {
      onFocus: () => {
        editing.current = latest.current;
      },
      onBlur: () => {
        commit();
        editing.current = null;
      },
    },
    commit,
    revert: () => setDraft((editing.current ?? latest.current).value),
  };
}

export function CommitInput({
  value,
  onCommit,
  ...rest
}: CommitProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & { ref?: Ref<HTMLInputElement> }) {
  const d = useDraft({ value, onCommit });
  return (
    <input
      {...rest}
      value={d.draft}
      onChange={(e) => d.setDraft(e.target.value)}
      {...d.handlers}
      onKeyDown={(e) => {
        if (e.key === 'Enter') d.commit();
        else if (e.key === 'Escape') d.revert();
        rest.onKeyDown?.(e);
      }}
    />
  );
}

export function CommitTextArea({ value, onCommit, ...rest }: CommitProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'>) {
  const d = useDraft({ value, onCommit });
  return (
    <textarea
      {...rest}
      value={d.draft}
      onChange={(e) => d.setDraft(e.target.value)}
      {...d.handlers}
      onKeyDown={(e) => {
        // Ctrl/Cmd+Enter commits; plain Enter is a new line in a story.
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) d.commit();
        else if (e.key === 'Escape') d.revert();
      }}
    />
  );
}
