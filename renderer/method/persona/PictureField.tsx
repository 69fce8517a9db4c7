/** The persona's picture: choose a local file (checked and downscaled), or remove it. */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readPersonaPicture, type PictureProblem } from './readPicture';

export function PictureField(props: { picture: string | null; onChange(picture: string | null): void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<PictureProblem | null>(null);
  const [busy, setBusy] = useState(false);

  const messages: Record<PictureProblem, string> = {
    svg: t('persona:picture.problem.svg'),
    notAnImage: t('persona:picture.problem.notAnImage'),
    tooLarge: t('persona:picture.problem.tooLarge'),
    tooManyPixels: t('persona:picture.problem.tooManyPixels'),
    unreadable: t('persona:picture.problem.unreadable'),
  };

  const choose = async (file: File | undefined) => {
    if (!file) return; // a cancelled dialog changes nothing
    setBusy(true);
    try {
      const result = await readPersonaPicture(file);
      if (result.ok) {
        setProblem(null);
        props.onChange(result.dataUrl);
      } else setProblem(result.problem);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <div className="persona-picture">
      {props.picture ? (
        <img src={props.picture} alt={t('persona:picture.alt')} data-testid="persona-picture" />
      ) : (
        <div className="persona-picture-empty" aria-hidden="true" />
      )}
      <div className="persona-picture-actions">
        <button type="button" onClick={() => input.current?.click()} disabled={busy} data-testid="persona-picture-choose">
          {t('persona:picture.choose')}
        </button>
        {props.picture && (
          <button type="button" onClick={() => props.onChange(null)} data-testid="persona-picture-remove">
            {t('persona:picture.remove')}
          </button>
        )}
        <input
          ref={input}
          type="file"
          hidden
          // A hint for the dialog only: the bytes are checked whatever the file claims to be.
          accept="image/png,image/jpeg,image/webp"
          data-testid="persona-picture-input"
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </div>
      {problem && (
        <p role="alert" className="method-problem" data-testid="persona-picture-problem">
          {messages[problem]}
        </p>
      )}
    </div>
  );
}
