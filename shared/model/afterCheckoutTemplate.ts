/**
 * The "online shop after checkout" starting board: the after-purchase touchpoints from the
 * method's catalogue (DOMAIN.md) already placed as notes, phase by phase from the customer's
 * view, so a shop team starts by rating and completing them instead of listing them.
 * Texts are journey content in the workshop's language, like the phase presets in templates.ts.
 */
import type { Journey, Lane, Note, Touchpoint } from './journey';
import { newId } from './ids';
import { CELL_PADDING } from './grid';
import { createNote, DEFAULT_NOTE_SIZE } from './notes';
import { createJourney, DEFAULT_LANE_HEIGHT, DEFAULT_PHASE_WIDTH, type Language } from './templates';

type Localised = Record<Language, string>;

interface TemplateNote {
  text: Localised;
  touchpoint?: Touchpoint;
}

interface TemplatePhase {
  title: Localised;
  touchpoints: TemplateNote[];
  kpis: Localised[];
}

const owned = { directness: 'direct', ownership: 'owned' } as const;

const PHASES: TemplatePhase[] = [
  {
    title: { en: 'Order placed', de: 'Bestellung abgeschlossen' },
    touchpoints: [
      { text: { en: 'Order confirmation', de: 'Bestellbestätigung' }, touchpoint: { ...owned, initiative: 'passive', medium: 'online', interaction: 'salesInteraction' } },
      { text: { en: 'Invoice and billing', de: 'Rechnung und Zahlung' }, touchpoint: { ...owned, initiative: 'passive', medium: 'online', interaction: 'salesInteraction' } },
    ],
    kpis: [],
  },
  {
    title: { en: 'Waiting for delivery', de: 'Warten auf die Lieferung' },
    touchpoints: [
      { text: { en: 'Shipment tracking', de: 'Sendungsverfolgung' }, touchpoint: { ...owned, initiative: 'active', medium: 'online', interaction: 'serviceFeedback' } },
      { text: { en: 'Shipping and transactional emails', de: 'Versand- und Transaktions-E-Mails' }, touchpoint: { ...owned, initiative: 'passive', medium: 'online', interaction: 'serviceFeedback' } },
    ],
    kpis: [],
  },
  {
    title: { en: 'Delivery and unboxing', de: 'Lieferung und Auspacken' },
    touchpoints: [
      { text: { en: 'Thank-you card in the parcel', de: 'Dankeskarte im Paket' }, touchpoint: { ...owned, initiative: 'passive', medium: 'offline', interaction: 'customerConversation' } },
      { text: { en: 'Onboarding and setup guide', de: 'Onboarding und Aufbauanleitung' }, touchpoint: { ...owned, initiative: 'active', medium: 'online', interaction: 'serviceFeedback' } },
    ],
    kpis: [],
  },
  {
    title: { en: 'Using the product', de: 'Nutzung' },
    touchpoints: [
      { text: { en: 'Product support', de: 'Produktsupport' }, touchpoint: { ...owned, initiative: 'active', medium: 'online', interaction: 'serviceFeedback' } },
      { text: { en: 'Service channels: phone, chat, email', de: 'Servicekanäle: Telefon, Chat, E-Mail' }, touchpoint: { ...owned, initiative: 'active', medium: 'online', interaction: 'customerConversation' } },
    ],
    kpis: [{ en: 'Customer satisfaction (CSAT)', de: 'Kundenzufriedenheit (CSAT)' }],
  },
  {
    title: { en: 'Service and returns', de: 'Service und Rückgabe' },
    touchpoints: [
      { text: { en: 'Customer service', de: 'Kundenservice' }, touchpoint: { ...owned, initiative: 'active', medium: 'offline', interaction: 'customerConversation' } },
      { text: { en: 'Return and return confirmation', de: 'Rücksendung und Retourenbestätigung' }, touchpoint: { ...owned, initiative: 'active', medium: 'online', interaction: 'serviceFeedback' } },
    ],
    kpis: [{ en: 'Feedback', de: 'Feedback' }],
  },
  {
    title: { en: 'Loyalty and repeat purchase', de: 'Bindung und Wiederkauf' },
    touchpoints: [
      { text: { en: 'Review request after delivery', de: 'Bewertungsanfrage nach der Lieferung' }, touchpoint: { ...owned, initiative: 'active', medium: 'online', interaction: 'serviceFeedback' } },
      { text: { en: 'Newsletter', de: 'Newsletter' }, touchpoint: { ...owned, initiative: 'passive', medium: 'online', interaction: 'marketingReach' } },
      { text: { en: 'Loyalty programme', de: 'Treueprogramm' }, touchpoint: { ...owned, initiative: 'active', medium: 'online', interaction: 'marketingReach' } },
      { text: { en: 'Follow-up offers and discounts', de: 'Folgeangebote und Rabatte' }, touchpoint: { ...owned, initiative: 'passive', medium: 'online', interaction: 'marketingReach' } },
    ],
    kpis: [
      { en: 'Net Promoter Score (NPS)', de: 'Net Promoter Score (NPS)' },
      { en: 'Customer lifetime value (CLV)', de: 'Customer Lifetime Value (CLV)' },
    ],
  },
];

const TITLE: Localised = { en: 'Online shop: after checkout', de: 'Online-Shop: nach dem Kauf' };

const COLUMNS = Math.floor((DEFAULT_PHASE_WIDTH - CELL_PADDING) / (DEFAULT_NOTE_SIZE.width + CELL_PADDING));

/** Where the i-th note of a cell goes: left to right, then the next row. */
function slot(i: number): { x: number; y: number } {
  return {
    x: CELL_PADDING + (i % COLUMNS) * (DEFAULT_NOTE_SIZE.width + CELL_PADDING),
    y: CELL_PADDING + Math.floor(i / COLUMNS) * (DEFAULT_NOTE_SIZE.height + CELL_PADDING),
  };
}

function heightFor(count: number): number {
  const rows = Math.ceil(count / COLUMNS);
  return Math.max(DEFAULT_LANE_HEIGHT, CELL_PADDING + rows * (DEFAULT_NOTE_SIZE.height + CELL_PADDING));
}

export function createAfterCheckoutJourney(options: { language: Language; title?: string; now?: Date }): Journey {
  const base = createJourney({ template: 'blank', language: options.language, title: options.title ?? TITLE[options.language], now: options.now });
  const phases = PHASES.map((p) => ({ id: newId(), title: p.title[options.language], width: DEFAULT_PHASE_WIDTH }));
  const most = (pick: (p: TemplatePhase) => unknown[]) => Math.max(...PHASES.map((p) => pick(p).length));
  const lanes: Lane[] = base.lanes.map((lane) =>
    lane.kind === 'touchpoint' ? { ...lane, height: heightFor(most((p) => p.touchpoints)) } : lane.kind === 'kpi' ? { ...lane, height: heightFor(most((p) => p.kpis)) } : lane,
  );
  const touchpointLane = lanes.find((l) => l.kind === 'touchpoint')!;
  const kpiLane = lanes.find((l) => l.kind === 'kpi')!;
  const notes: Note[] = PHASES.flatMap((p, i) => [
    ...p.touchpoints.map((t, j) =>
      createNote({ kind: 'touchpoint', text: t.text[options.language], phaseId: phases[i]!.id, laneId: touchpointLane.id, ...slot(j), ...(t.touchpoint ? { touchpoint: t.touchpoint } : {}) }),
    ),
    ...p.kpis.map((k, j) => createNote({ kind: 'kpi', text: k[options.language], phaseId: phases[i]!.id, laneId: kpiLane.id, ...slot(j) })),
  ]);
  return { ...base, phases, lanes, notes };
}
