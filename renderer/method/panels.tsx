/**
 * The method's side panels, in tab order, for the board's panel area (board/sidePanels): the
 * persona, the selected notes' details, the catalogue palette and the analysis.
 */
import './method.css';
import type { TFunction } from 'i18next';
import type { ComponentType } from 'react';
import { AnalysisPanel } from './analysis/AnalysisPanel';
import { CataloguePanel } from './catalogue/CataloguePanel';
import { CurveToggles } from './highlight/CurveToggles';
import { HighlightControl } from './highlight/HighlightControl';
import { PersonaPanel } from './persona/PersonaPanel';
import { NoteDetailsPanel } from './touchpoint/NoteDetailsPanel';

export const METHOD_PANEL_IDS = { persona: 'persona', details: 'details', catalogue: 'catalogue', analysis: 'analysis' } as const;

function DetailsWithHighlight() {
  return (
    <>
      <div className="method-panel method-panel-top">
        <HighlightControl />
        <CurveToggles />
      </div>
      <NoteDetailsPanel />
    </>
  );
}

function AnalysisWithHighlight() {
  return (
    <>
      <div className="method-panel method-panel-top">
        <HighlightControl />
      </div>
      <AnalysisPanel />
    </>
  );
}

export const METHOD_PANELS: readonly { id: string; label(t: TFunction): string; Component: ComponentType }[] = [
  { id: METHOD_PANEL_IDS.persona, label: (t) => t('persona:panel.persona'), Component: PersonaPanel },
  { id: METHOD_PANEL_IDS.details, label: (t) => t('persona:panel.details'), Component: DetailsWithHighlight },
  { id: METHOD_PANEL_IDS.catalogue, label: (t) => t('persona:panel.catalogue'), Component: CataloguePanel },
  { id: METHOD_PANEL_IDS.analysis, label: (t) => t('persona:panel.analysis'), Component: AnalysisWithHighlight },
];
