/**
 * The export dialog: format, what to show, resolution, background, header and legend for
 * pictures; paper and pages for PDF; the separator for CSV. A long export shows its progress
 * and can be cancelled.
 */
import './export.css';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { CsvSeparator } from '../../shared/export/csv';
import { PIXEL_RATIOS } from '../../shared/export/imageLayout';
import { formatBytes } from '../app/formatBytes';
import { MIN_READABLE_PT, PAPER_SIZES, type PaperSize, type PdfMode } from '../../shared/export/pdfLayout';
import { MAIL_LIMIT_BYTES, SHARP_TEXT_PX } from '../../shared/export/pngSize';
import type { ExportScope } from '../../shared/export/regions';
import { fromDoc } from '../../shared/model';
import { Dialog } from '../app/Dialog';
import { showNotice } from '../app/notices';
import { boardTheme } from '../canvas/draw/theme';
import { platform } from '../platform';
import { boardStore, useBoard } from '../store/store';
import { exportDialogStore, useExportDialog } from './exportDialogStore';
import { EXPORT_FORMATS, journeyToExport, runExport, type ExportFormat, type ExportSettings } from './exportJob';
import { previewImage, previewPdf } from './exportPreview';
import { createRun, ExportCancelled, ExportFailure } from './exportRun';
import type { ExportBackground } from './paintImage';

type ScopeKind = ExportScope['kind'];

/** The estimate scales with the area: bytes at 1x times the ratio squared. */
function estimateAt(image: { bytes: number }, ratio: number): number {
  return Math.round(image.bytes * ratio * ratio);
}

function Choice<T extends string>(props: { name: string; value: NoInfer<T>; current: T; onChange(v: NoInfer<T>): void; disabled?: boolean; children: ReactNode; testId?: string }) {
  return (
    <label className="export-choice" data-checked={props.value === props.current || undefined}>
      <input
        type="radio"
        name={props.name}
        value={props.value}
        checked={props.value === props.current}
        disabled={props.disabled}
        onChange={() => props.onChange(props.value)}
        data-testid={props.testId}
      />
      <span>{props.children}</span>
    </label>
  );
}

export function ExportDialog() {
  const open = useExportDialog((s) => s.open);
  const hasDoc = useBoard((s) => s.doc !== null);
  if (!open || !hasDoc) return null;
  return <ExportDialogBody />;
}

function ExportDialogBody() {
  const { t, i18n } = useTranslation();
  const initialFormat = useExportDialog((s) => s.format);
  const phases = useBoard((s) => s.doc?.phases ?? []);
  const selectedCount = useBoard((s) => s.selectedNoteIds.size);
  const [format, setFormat] = useState<ExportFormat>(initialFormat);
  const [scope, setScope] = useState<ScopeKind>('board');
  const [phaseId, setPhaseId] = useState(phases[0]?.id ?? '');
  // Null until the user picks one: the proposed scale then applies (issue 15).
  const [chosenRatio, setPixelRatio] = useState<number | null>(null);
  const [background, setBackground] = useState<ExportBackground>('paper');
  const [header, setHeader] = useState(true);
  const [legend, setLegend] = useState(false);
  const [paper, setPaper] = useState<PaperSize>('a4');
  const [pdfMode, setPdfMode] = useState<PdfMode>('fit');
  // German Excel splits on ';' (its decimal separator is ','); see shared/export/csv.ts.
  const [separator, setSeparator] = useState<CsvSeparator>(i18n.language === 'de' ? ';' : ',');
  const hiddenLanes = useBoard(useShallow((s) => (s.doc?.lanes ?? []).filter((l) => l.hidden).map((l) => l.title)));
  const [includeHiddenLanes, setIncludeHiddenLanes] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);

  const doc = useBoard((s) => s.doc);
  const boardFont = useBoard((s) => s.boardFont);
  const paletteName = useBoard((s) => s.paletteName);
  const theme = useMemo(() => boardTheme({ font: boardFont, palette: paletteName }), [boardFont, paletteName]);
  const exported = useMemo(() => (doc ? journeyToExport(fromDoc(doc), { includeHiddenLanes }) : null), [doc, includeHiddenLanes]);
  const legendEntries = exported ? exported.lanes.filter((l) => !l.hidden).length + (exported.notes.some((n) => n.phaseId === null) ? 1 : 0) : 0;
  const previewScope = exportScope();
  const previewKey = JSON.stringify(previewScope);
  // The proposal does not depend on the chosen ratio; the figures for the chosen one do.
  const image = useMemo(
    () => (exported && format === 'png' ? previewImage(exported, { scope: previewScope, pixelRatio: 1, header, legendEntries: legend ? legendEntries : 0, theme, t }) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- previewKey stands for the scope
    [exported, format, previewKey, header, legend, legendEntries, theme, t],
  );
  const pixelRatio = chosenRatio ?? image?.proposal.scale ?? 2;
  const ratioChoices = [...new Set([...(image ? [image.proposal.scale] : []), ...PIXEL_RATIOS])].sort((a, b) => a - b);
  const pdfPreview = useMemo(
    () => (exported && (format === 'pdf' || format === 'pack') ? previewPdf(exported, { paper, mode: pdfMode, theme, t }) : null),
    [exported, format, paper, pdfMode, theme, t],
  );

  useEffect(() => setFormat(initialFormat), [initialFormat]);
  useEffect(() => () => controller.current?.abort(), []);

  const running = progress !== null;
  const close = () => {
    if (running) controller.current?.abort();
    exportDialogStore.getState().close();
  };

  function exportScope(): ExportScope {
    if (scope === 'selection') return { kind: 'selection', noteIds: [...boardStore.getState().selectedNoteIds] };
    if (scope === 'phase') return { kind: 'phase', phaseId };
    return { kind: 'board' };
  }

  const failureMessage = (e: ExportFailure): string => {
    switch (e.code) {
      case 'tooLarge':
        return t('file:export.error.tooLarge', { width: e.params.width, height: e.params.height });
      case 'nothing':
        return t('file:export.error.nothing');
      case 'saveFailed':
        return t('file:export.error.saveFailed');
      default:
        return t('file:export.error.failed');
    }
  };

  const start = async () => {
    const state = boardStore.getState();
    if (!state.doc) return;
    const journey = fromDoc(state.doc);
    const settings: ExportSettings = { format, scope: exportScope(), pixelRatio, background, header, legend, paper, pdfMode, separator, includeHiddenLanes };
    const abort = new AbortController();
    controller.current = abort;
    setError(null);
    setProgress(0);
    try {
      const outcome = await runExport(
        journey,
        settings,
        {
          t,
          language: i18n.language,
          theme: boardTheme({ font: state.boardFont, palette: state.paletteName }),
          date: new Date(),
          platform,
        },
        createRun({ signal: abort.signal, onProgress: setProgress }),
      );
      if (outcome.saved) {
        const saved = outcome.pack ? t('file:export.savedPack', { name: outcome.name }) : t('file:export.saved', { name: outcome.name });
        // Characters no embedded font has were drawn as boxes: say which, so nothing is lost unseen.
        if (outcome.missing.length > 0) showNotice({ tone: 'error', text: `${saved} ${t('exports:pdf.missing', { count: outcome.missing.length, characters: outcome.missing.join(' ') })}` });
        else showNotice({ tone: 'info', text: saved });
      }
      exportDialogStore.getState().close();
    } catch (e) {
      if (e instanceof ExportCancelled) {
        showNotice({ tone: 'info', text: t('file:export.cancelled') });
        exportDialogStore.getState().close();
      } else {
        console.error('export failed', e);
        setError(failureMessage(e instanceof ExportFailure ? e : new ExportFailure('failed')));
      }
    } finally {
      controller.current = null;
      setProgress(null);
    }
  };

  const picture = format === 'png';
  const formatLabel: Record<ExportFormat, string> = {
    png: t('file:export.format.png'),
    pdf: t('file:export.format.pdf'),
    csv: t('file:export.format.csv'),
    journey: t('file:export.format.journey'),
    pack: t('file:export.format.pack'),
  };
  const formatHint: Record<ExportFormat, string> = {
    png: t('file:export.formatHint.png'),
    pdf: t('file:export.formatHint.pdf'),
    csv: t('file:export.formatHint.csv'),
    journey: t('file:export.formatHint.journey'),
    pack: t('file:export.formatHint.pack'),
  };

  return (
    <Dialog
      title={t('file:export.title')}
      onClose={close}
      className="export-dialog"
      testId="export-dialog"
      footer={
        <>
          {running && (
            <div className="export-progress" role="status">
              <progress max={1} value={progress} data-testid="export-progress" />
              <span>{t('file:export.progress', { percent: Math.round(progress * 100) })}</span>
            </div>
          )}
          <button type="button" className="button" onClick={close} data-testid="export-cancel">
            {t('common:actions.cancel')}
          </button>
          <button type="button" className="button button-primary" disabled={running} onClick={() => void start()} data-testid="export-start">
            {t('file:export.start')}
          </button>
        </>
      }
    >
      <fieldset className="export-group" disabled={running}>
        <legend>{t('file:export.format.label')}</legend>
        {EXPORT_FORMATS.map((f) => (
          <Choice key={f} name="export-format" value={f} current={format} onChange={setFormat} testId={`export-format-${f}`}>
            {formatLabel[f]}
          </Choice>
        ))}
        <p className="export-hint">{formatHint[format]}</p>
      </fieldset>

      {picture && (
        <fieldset className="export-group" disabled={running}>
          <legend>{t('file:export.scope.label')}</legend>
          <Choice name="export-scope" value="board" current={scope} onChange={setScope} testId="export-scope-board">
            {t('file:export.scope.board')}
          </Choice>
          <Choice name="export-scope" value="selection" current={scope} onChange={setScope} disabled={selectedCount === 0} testId="export-scope-selection">
            {t('file:export.scope.selection', { count: selectedCount })}
          </Choice>
          <Choice name="export-scope" value="phase" current={scope} onChange={setScope} disabled={phases.length === 0} testId="export-scope-phase">
            {t('file:export.scope.phase')}
          </Choice>
          {scope === 'phase' && (
            <label className="field export-inline">
              <span>{t('file:export.phase')}</span>
              <select value={phaseId} onChange={(e) => setPhaseId(e.target.value)} data-testid="export-phase">
                {phases.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.title}
                  </option>
                ))}
              </select>
            </label>
          )}
        </fieldset>
      )}

      {(picture || format === 'pack') && (
        <fieldset className="export-group export-columns" disabled={running}>
          <label className="field">
            <span>{t('file:export.pixelRatio')}</span>
            <select value={pixelRatio} onChange={(e) => setPixelRatio(Number(e.target.value))} data-testid="export-ratio">
              {ratioChoices.map((r) => (
                <option key={r} value={r}>
                  {image && r === image.proposal.scale ? t('exports:png.proposedRatio', { ratio: r }) : t('file:export.ratio', { ratio: r })}
                </option>
              ))}
            </select>
          </label>
          <div className="export-subgroup" role="radiogroup" aria-label={t('file:export.background.label')}>
            <span className="export-subgroup-label">{t('file:export.background.label')}</span>
            <Choice name="export-background" value="paper" current={background} onChange={setBackground} testId="export-background-paper">
              {t('file:export.background.paper')}
            </Choice>
            <Choice name="export-background" value="transparent" current={background} onChange={setBackground} testId="export-background-transparent">
              {t('file:export.background.transparent')}
            </Choice>
          </div>
          {picture && (
            <div className="export-subgroup">
              <label className="export-check">
                <input type="checkbox" checked={header} onChange={(e) => setHeader(e.target.checked)} data-testid="export-header" />
                {t('file:export.withHeader')}
              </label>
              <label className="export-check">
                <input type="checkbox" checked={legend} onChange={(e) => setLegend(e.target.checked)} data-testid="export-legend" />
                {t('file:export.withLegend')}
              </label>
            </div>
          )}
        </fieldset>
      )}

      {picture && image && (
        <div className="export-size" data-testid="export-size">
          <p>
            {t('exports:png.size', {
              width: Math.ceil((image.width * pixelRatio)).toLocaleString(i18n.language),
              height: Math.ceil((image.height * pixelRatio)).toLocaleString(i18n.language),
              bytes: formatBytes(estimateAt(image, pixelRatio), i18n.language),
            })}
          </p>
          <p className="export-hint">
            {image.proposal.sharp
              ? t('exports:png.proposal', { ratio: image.proposal.scale, px: image.proposal.textPx, limit: formatBytes(MAIL_LIMIT_BYTES, i18n.language) })
              : t('exports:png.proposalLower', { ratio: image.proposal.scale, px: image.proposal.textPx, sharp: SHARP_TEXT_PX, limit: formatBytes(MAIL_LIMIT_BYTES, i18n.language) })}
          </p>
          {estimateAt(image, pixelRatio) > MAIL_LIMIT_BYTES && (
            <p className="export-warning" role="status" data-testid="export-size-warning">
              {t('exports:png.overLimit', { limit: formatBytes(MAIL_LIMIT_BYTES, i18n.language) })}
            </p>
          )}
        </div>
      )}

      {(format === 'pdf' || format === 'pack') && (
        <fieldset className="export-group export-columns" disabled={running}>
          <div className="export-subgroup" role="radiogroup" aria-label={t('file:export.paper.label')}>
            <span className="export-subgroup-label">{t('file:export.paper.label')}</span>
            {PAPER_SIZES.map((size) => (
              <Choice key={size} name="export-paper" value={size} current={paper} onChange={setPaper} testId={`export-paper-${size}`}>
                {size === 'a0' ? t('exports:pdf.a0') : t(size === 'a4' ? 'file:export.paper.a4' : 'file:export.paper.a3')}
              </Choice>
            ))}
          </div>
          <div className="export-subgroup" role="radiogroup" aria-label={t('file:export.pdfMode.label')}>
            <span className="export-subgroup-label">{t('file:export.pdfMode.label')}</span>
            <Choice name="export-pdf-mode" value="fit" current={pdfMode} onChange={setPdfMode} testId="export-pdf-fit">
              {t('file:export.pdfMode.fit')}
            </Choice>
            <Choice name="export-pdf-mode" value="tiled" current={pdfMode} onChange={setPdfMode} testId="export-pdf-tiled">
              {t('file:export.pdfMode.tiled')}
            </Choice>
          </div>
        </fieldset>
      )}
      {pdfPreview && pdfMode === 'fit' && pdfPreview.tooSmall && (
        <div className="export-warning" role="status" data-testid="export-pdf-small">
          <p>{t('exports:pdf.tooSmall', { pt: pdfPreview.smallestPt.toLocaleString(i18n.language), min: MIN_READABLE_PT })}</p>
          <button type="button" className="button" onClick={() => setPdfMode('tiled')} disabled={running} data-testid="export-pdf-use-tiled">
            {t('exports:pdf.useTiled')}
          </button>
        </div>
      )}

      {format !== 'csv' && format !== 'journey' && hiddenLanes.length > 0 && (
        <fieldset className="export-group" disabled={running} data-testid="export-hidden-lanes">
          <legend>{t('exports:hiddenLanes.label')}</legend>
          <p className="export-hint">{t('exports:hiddenLanes.some', { count: hiddenLanes.length, names: hiddenLanes.join(', ') })}</p>
          <label className="export-check">
            <input type="checkbox" checked={includeHiddenLanes} onChange={(e) => setIncludeHiddenLanes(e.target.checked)} data-testid="export-include-hidden" />
            {t('exports:hiddenLanes.include')}
          </label>
        </fieldset>
      )}

      {(format === 'csv' || format === 'pack') && (
        <fieldset className="export-group" disabled={running}>
          <legend>{t('file:export.separator.label')}</legend>
          <Choice name="export-separator" value=";" current={separator} onChange={setSeparator} testId="export-separator-semicolon">
            {t('file:export.separator.semicolon')}
          </Choice>
          <Choice name="export-separator" value="," current={separator} onChange={setSeparator} testId="export-separator-comma">
            {t('file:export.separator.comma')}
          </Choice>
        </fieldset>
      )}

      {error && (
        <p className="export-error" role="alert" data-testid="export-error">
          {error}
        </p>
      )}
    </Dialog>
  );
}
