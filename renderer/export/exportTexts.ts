/**
 * The words an export writes (header, legend, CSV headings and values, page numbers) in the
 * UI language. Every key is literal so the translation test can check it.
 */
import type { TFunction } from 'i18next';
import { version } from '../../package.json';
import type { CsvColumn, CsvLabels } from '../../shared/export/csv';
import { DEFAULT_COLOUR_BY_KIND, type Journey, type NoteColour, type NoteKind } from '../../shared/model';
import type { ImageTexts } from './paintImage';
import { valueNames } from '../method/touchpoint/attributeLabels';

export function formatDate(date: Date, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(date);
}

function personaLine(t: TFunction, journey: Journey): string | null {
  const { name, jobTitle } = journey.persona;
  if (!name.trim()) return null;
  return t('file:export.header.persona', { name: jobTitle.trim() ? `${name}, ${jobTitle}` : name });
}

export function imageTexts(t: TFunction, journey: Journey, options: { date: Date; language: string }): ImageTexts {
  const legend: ImageTexts['legend'] = journey.lanes
    .filter((l) => !l.hidden)
    .map((l) => ({ colour: DEFAULT_COLOUR_BY_KIND[l.kind], label: l.title }));
  const free = journey.notes.filter((n) => n.phaseId === null);
  if (free.length > 0) legend.push({ colour: free[0]!.colour, label: t('file:export.legend.free') });
  return {
    title: journey.title,
    persona: personaLine(t, journey),
    date: t('file:export.header.exported', { date: formatDate(options.date, options.language) }),
    legendTitle: t('file:export.legend.title'),
    legend,
    footer: footerLine(t, journey, options),
  };
}

/** Title, date and app version: what every exported picture and PDF page says at its foot (issue 15). */
export function footerLine(t: TFunction, journey: Journey, options: { date: Date; language: string }): string {
  return t('exports:footer', { title: journey.title, date: formatDate(options.date, options.language), version });
}

/** "Title · Persona: … · Exported …", the top line of every PDF page. */
export function pdfHeaderLine(t: TFunction, journey: Journey, options: { date: Date; language: string }): string {
  const texts = imageTexts(t, journey, options);
  return [texts.title, texts.persona, texts.date].filter(Boolean).join('   ·   ');
}

export function kindLabels(t: TFunction): Record<NoteKind, string> {
  return {
    touchpoint: t('file:kind.touchpoint'),
    customerAction: t('file:kind.customerAction'),
    thought: t('file:kind.thought'),
    emotion: t('file:kind.emotion'),
    painPoint: t('file:kind.painPoint'),
    opportunity: t('file:kind.opportunity'),
    kpi: t('file:kind.kpi'),
    free: t('file:kind.free'),
  };
}

export function colourLabels(t: TFunction): Record<NoteColour, string> {
  return {
    yellow: t('file:colour.yellow'),
    orange: t('file:colour.orange'),
    pink: t('file:colour.pink'),
    red: t('file:colour.red'),
    violet: t('file:colour.violet'),
    blue: t('file:colour.blue'),
    green: t('file:colour.green'),
    grey: t('file:colour.grey'),
  };
}

export function csvLabels(t: TFunction): CsvLabels {
  const headers: Record<CsvColumn, string> = {
    phase: t('file:csv.header.phase'),
    lane: t('file:csv.header.lane'),
    kind: t('file:csv.header.kind'),
    text: t('file:csv.header.text'),
    colour: t('file:csv.header.colour'),
    emotion: t('file:csv.header.emotion'),
    directness: t('file:csv.header.directness'),
    initiative: t('file:csv.header.initiative'),
    ownership: t('file:csv.header.ownership'),
    medium: t('file:csv.header.medium'),
    interaction: t('file:csv.header.interaction'),
    experience: t('file:csv.header.experience'),
    companyRating: t('file:csv.header.companyRating'),
    customerRating: t('file:csv.header.customerRating'),
    kpiTarget: t('file:csv.header.kpiTarget'),
    kpiActual: t('file:csv.header.kpiActual'),
    kpiOwner: t('file:csv.header.kpiOwner'),
    kpiHigherIsBetter: t('file:csv.header.kpiHigherIsBetter'),
    votes: t('file:csv.header.votes'),
    id: t('file:csv.header.id'),
  };
  // Touchpoint values use the method's words, so the sheet says what the inspector says.
  const values: Partial<Record<CsvColumn, Record<string, string>>> = {
    kind: kindLabels(t),
    colour: colourLabels(t),
    ...valueNames(t),
    kpiHigherIsBetter: { true: t('file:csv.yes'), false: t('file:csv.no') },
  };
  return { headers, value: (column, value) => values[column]?.[value] ?? value };
}
