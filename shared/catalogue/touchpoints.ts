/**
 * The touchpoint catalogue of DOMAIN.md: the starting set a facilitator drags onto the board,
 * grouped by purchase stage. Names are journey content in the workshop's language (en and de),
 * not UI strings. Where the method's classification table settles an attribute (reviews are
 * indirect and earned, ads are paid, the shop is owned and direct...), the entry carries it, so a
 * note created from the catalogue arrives already classified; everything else is left for the
 * room to decide.
 */
import type { Touchpoint } from '../model/journey';
import type { PurchaseStage } from './methodPhases';
import { matchesQuery, type Localised } from './text';
import type { Language } from '../model/templates';

export interface TouchpointEntry {
  id: string;
  stage: PurchaseStage;
  name: Localised;
  /** Attributes the method's table fixes for this kind of touchpoint. */
  attributes: Touchpoint;
}

const entry = (id: string, stage: PurchaseStage, en: string, de: string, attributes: Touchpoint = {}): TouchpointEntry => ({
  id,
  stage,
  name: { en, de },
  attributes,
});

const B = 'beforePurchase';
const D = 'duringPurchase';
const A = 'afterPurchase';

export const TOUCHPOINT_CATALOGUE: readonly TouchpointEntry[] = [
  entry('socialMedia', B, 'Social media', 'Social Media', { directness: 'indirect', medium: 'online' }),
  entry('onlineAds', B, 'Online ads', 'Online-Werbung', { ownership: 'paid', medium: 'online', initiative: 'passive', interaction: 'marketingReach' }),
  entry('companyBlog', B, 'Company blog', 'Unternehmensblog', { directness: 'direct', ownership: 'owned', medium: 'online', interaction: 'marketingReach' }),
  entry('companyEvents', B, 'Company events', 'Firmenveranstaltungen', { directness: 'direct', ownership: 'owned', medium: 'offline' }),
  entry('customerReviews', B, 'Customer reviews and ratings', 'Kundenbewertungen und Rezensionen', { directness: 'indirect', ownership: 'earned', medium: 'online' }),
  entry('testimonials', B, 'Testimonials', 'Kundenstimmen (Testimonials)'),
  entry('wordOfMouth', B, 'Word of mouth (friends, family, colleagues)', 'Mundpropaganda (Freunde, Familie, Kollegen)', { directness: 'indirect', ownership: 'earned', medium: 'offline' }),
  entry('communityInvolvement', B, 'Community involvement', 'Gesellschaftliches Engagement', { medium: 'offline' }),
  entry('phoneSystem', B, 'Phone system and hotline', 'Telefonanlage und Hotline', { directness: 'direct', ownership: 'owned', medium: 'offline' }),
  entry('directMail', B, 'Direct mail', 'Direktmailing per Post', { directness: 'direct', medium: 'offline', interaction: 'marketingReach' }),
  entry('tradeFairs', B, 'Trade fairs', 'Messen', { directness: 'direct', medium: 'offline', interaction: 'marketingReach' }),
  entry('tvRadioSpots', B, 'TV and radio spots', 'TV- und Radiospots', { ownership: 'paid', medium: 'offline', initiative: 'passive', interaction: 'marketingReach' }),
  entry('posters', B, 'Posters', 'Plakate', { ownership: 'paid', medium: 'offline', initiative: 'passive', interaction: 'marketingReach' }),
  entry('pressArticles', B, 'Press articles', 'Presseartikel', { directness: 'indirect', ownership: 'earned', initiative: 'passive' }),
  entry('customerMagazine', B, 'Customer magazine', 'Kundenmagazin', { directness: 'direct', ownership: 'owned', initiative: 'passive', interaction: 'marketingReach' }),
  entry('promotionalGifts', B, 'Promotional gifts', 'Werbegeschenke', { directness: 'direct', medium: 'offline', initiative: 'passive', interaction: 'marketingReach' }),
  entry('checklistDownloads', B, 'Downloadable checklists and PDFs', 'Checklisten und PDFs zum Herunterladen', { directness: 'direct', ownership: 'owned', medium: 'online', initiative: 'active' }),
  entry('testReports', B, 'Test reports', 'Testberichte', { directness: 'indirect', ownership: 'earned', initiative: 'passive' }),
  entry('aiSearchAnswers', B, 'AI search answers (chat assistants, answer engines)', 'KI-Suchantworten (Chat-Assistenten, Antwortmaschinen)', { directness: 'indirect', medium: 'online' }),
  entry('searchEngines', B, 'Search engines', 'Suchmaschinen', { directness: 'indirect', medium: 'online' }),
  entry('influencers', B, 'Influencers', 'Influencer', { directness: 'indirect', medium: 'online' }),
  entry('comparisonPortals', B, 'Comparison portals', 'Vergleichsportale', { directness: 'indirect', ownership: 'earned', initiative: 'passive', medium: 'online' }),

  entry('staffConversations', D, 'Conversations with service and sales staff', 'Gespräche mit Service- und Vertriebsmitarbeitenden', { directness: 'direct', initiative: 'active', interaction: 'salesInteraction' }),
  entry('pointOfSale', D, 'Point of sale', 'Point of Sale (Verkaufsort)', { directness: 'direct', ownership: 'owned', medium: 'offline', interaction: 'salesInteraction' }),
  entry('productCatalogues', D, 'Product catalogues and product descriptions', 'Produktkataloge und Produktbeschreibungen', { directness: 'direct', ownership: 'owned', initiative: 'passive' }),
  entry('storeOrOffice', D, 'Store or office', 'Geschäft oder Büro', { directness: 'direct', ownership: 'owned', medium: 'offline' }),
  entry('promotionalStands', D, 'Promotional stands', 'Werbestände', { directness: 'direct', medium: 'offline', interaction: 'marketingReach' }),
  entry('landingPages', D, 'Landing pages', 'Landingpages', { directness: 'direct', ownership: 'owned', medium: 'online' }),
  entry('webForms', D, 'Web forms', 'Webformulare', { directness: 'direct', ownership: 'owned', medium: 'online', initiative: 'active' }),
  entry('companyWebsite', D, 'Company website', 'Unternehmenswebsite', { directness: 'direct', ownership: 'owned', medium: 'online' }),
  entry('checkoutFlow', D, 'Checkout flow', 'Bestellprozess (Checkout)', { directness: 'direct', ownership: 'owned', medium: 'online', interaction: 'salesInteraction' }),
  entry('eCommerce', D, 'E-commerce site or app', 'Onlineshop oder App', { directness: 'direct', ownership: 'owned', medium: 'online' }),
  entry('helpCentre', D, 'Online help centre / self-service / knowledge base', 'Online-Hilfe / Self-Service / Wissensdatenbank', { directness: 'direct', ownership: 'owned', medium: 'online' }),
  entry('communityForum', D, 'Community forum', 'Community-Forum', { directness: 'indirect', medium: 'online', interaction: 'customerConversation' }),
  entry('chatbot', D, 'Chatbot', 'Chatbot', { directness: 'direct', initiative: 'active', ownership: 'owned', medium: 'online' }),

  entry('customerService', A, 'Customer service', 'Kundenservice', { directness: 'direct', interaction: 'customerConversation' }),
  entry('onboarding', A, 'Onboarding', 'Onboarding', { directness: 'direct', ownership: 'owned' }),
  entry('serviceChannels', A, 'Service channels', 'Servicekanäle', { directness: 'direct', interaction: 'customerConversation' }),
  entry('billing', A, 'Billing', 'Rechnungsstellung', { directness: 'direct', ownership: 'owned' }),
  entry('thankYouCards', A, 'Thank-you cards', 'Dankeskarten', { directness: 'direct', ownership: 'owned', medium: 'offline' }),
  entry('loyaltyProgrammes', A, 'Loyalty programmes', 'Treueprogramme', { directness: 'direct', ownership: 'owned' }),
  entry('followUpEmails', A, 'Follow-up and transactional emails', 'Follow-up- und Transaktions-E-Mails', { directness: 'direct', ownership: 'owned', medium: 'online' }),
  entry('newsletter', A, 'Newsletter', 'Newsletter', { directness: 'direct', ownership: 'owned', medium: 'online', interaction: 'marketingReach' }),
  entry('orderConfirmation', A, 'Order confirmation', 'Bestellbestätigung', { directness: 'direct', ownership: 'owned', medium: 'online' }),
  entry('orderQueries', A, 'Queries after the order', 'Rückfragen nach der Bestellung', { directness: 'direct', interaction: 'customerConversation' }),
  entry('shipmentTracking', A, 'Shipment tracking', 'Sendungsverfolgung', { directness: 'direct', medium: 'online' }),
  entry('returns', A, 'Returns and return confirmation', 'Rücksendung und Rücksendebestätigung', { directness: 'direct' }),
  entry('reviewRequest', A, 'Review request after delivery', 'Bewertungsanfrage nach der Lieferung', { directness: 'direct', initiative: 'active', medium: 'online', interaction: 'serviceFeedback' }),
  entry('satisfactionSurveys', A, 'Satisfaction surveys and product feedback', 'Zufriedenheitsumfragen und Produktfeedback', { directness: 'direct', initiative: 'active', interaction: 'serviceFeedback' }),
  entry('productSupport', A, 'Product support', 'Produktsupport', { directness: 'direct', interaction: 'customerConversation' }),
  entry('upsellEmails', A, 'Upselling and cross-selling emails', 'Upselling- und Cross-Selling-E-Mails', { directness: 'direct', ownership: 'owned', medium: 'online', interaction: 'salesInteraction' }),
  entry('subscriptionRenewals', A, 'Subscription renewals', 'Abo-Verlängerungen', { directness: 'direct', interaction: 'salesInteraction' }),
  entry('followUpOffers', A, 'Follow-up offers and discounts', 'Folgeangebote und Rabatte', { directness: 'direct', initiative: 'passive', interaction: 'salesInteraction' }),
];

export function touchpointsOfStage(stage: PurchaseStage, catalogue: readonly TouchpointEntry[] = TOUCHPOINT_CATALOGUE): TouchpointEntry[] {
  return catalogue.filter((e) => e.stage === stage);
}

/**
 * Entries matching a query, case- and accent-insensitive, in either language (a German room
 * may still type "review"). Matches in the board's language come first, then the catalogue order.
 */
export function searchTouchpoints(
  query: string,
  language: Language,
  catalogue: readonly TouchpointEntry[] = TOUCHPOINT_CATALOGUE,
): TouchpointEntry[] {
  const inLanguage = catalogue.filter((e) => matchesQuery(e.name[language], query));
  const seen = new Set(inLanguage);
  const elsewhere = catalogue.filter((e) => !seen.has(e) && (matchesQuery(e.name.en, query) || matchesQuery(e.name.de, query)));
  return [...inLanguage, ...elsewhere];
}

export function findTouchpointEntry(id: string, catalogue: readonly TouchpointEntry[] = TOUCHPOINT_CATALOGUE): TouchpointEntry | undefined {
  return catalogue.find((e) => e.id === id);
}
