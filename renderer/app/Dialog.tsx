/**
 * A modal dialog on the native <dialog> element: the browser traps focus, Escape closes it and
 * the rest of the page is inert while it is open.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';

export function Dialog(props: {
  title: string;
  onClose(): void;
  children: ReactNode;
  footer?: ReactNode;
  className?: string;
  testId?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { onClose } = props;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    const cancel = (event: Event) => {
      event.preventDefault();
      onClose();
    };
    dialog.addEventListener('cancel', cancel);
    return () => {
      dialog.removeEventListener('cancel', cancel);
      if (dialog.open) dialog.close();
    };
  }, [onClose]);
  return (
    <dialog ref={ref} className={`dialog ${props.className ?? ''}`} aria-labelledby={titleId} data-testid={props.testId}>
      <header className="dialog-header">
        <h2 id={titleId}>{props.title}</h2>
      </header>
      <div className="dialog-body">{props.children}</div>
      {props.footer && <footer className="dialog-footer">{props.footer}</footer>}
    </dialog>
  );
}

export function ConfirmDialog(props: {
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  danger?: boolean;
  onConfirm(): void;
  onCancel(): void;
}) {
  return (
    <Dialog
      title={props.title}
      onClose={props.onCancel}
      testId="confirm-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={props.onCancel} autoFocus>
            {props.cancelLabel}
          </button>
          <button type="button" className={`button ${props.danger ? 'button-danger' : 'button-primary'}`} onClick={props.onConfirm}>
            {props.confirmLabel}
          </button>
        </>
      }
    >
      <p>{props.message}</p>
    </Dialog>
  );
}
