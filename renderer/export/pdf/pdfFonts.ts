/**
 * The app's fonts inside a PDF (issue 15): the complete Inter and Caveat files from
 * assets/fonts, embedded through fontkit and subset to the glyphs the document uses, so every
 * word is real, selectable text. The files are bundled into this lazily loaded module (the
 * page's security policy allows no fetch), and only the faces a document uses are embedded.
 */
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import caveatBold from '../../../assets/fonts/Caveat-Bold.ttf?inline';
import caveatRegular from '../../../assets/fonts/Caveat-Regular.ttf?inline';
import interRegular from '../../../assets/fonts/Inter-Regular.ttf?inline';
import interSemiBold from '../../../assets/fonts/Inter-SemiBold.ttf?inline';

export type FaceName = 'inter-400' | 'inter-600' | 'caveat-400' | 'caveat-700';

const FILES: Record<FaceName, string> = {
  'inter-400': interRegular,
  'inter-600': interSemiBold,
  'caveat-400': caveatRegular,
  'caveat-700': caveatBold,
};

/** The part of fontkit's font a PDF needs to know which characters it can draw. */
interface GlyphSource {
  hasGlyphForCodePoint(codePoint: number): boolean;
  ascent: number;
  descent: number;
  unitsPerEm: number;
}

export interface Face {
  font: PDFFont;
  glyphs: GlyphSource;
}

function bytesOf(dataUrl: string): Uint8Array {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The faces of one document, embedded on first use. */
export class PdfFonts {
  private readonly faces = new Map<FaceName, Face>();

  private constructor(private readonly pdf: PDFDocument) {}

  static async for(pdf: PDFDocument, needed: readonly FaceName[]): Promise<PdfFonts> {
    pdf.registerFontkit(fontkit);
    const fonts = new PdfFonts(pdf);
    for (const name of new Set<FaceName>(['inter-400', ...needed])) await fonts.load(name);
    return fonts;
  }

  private async load(name: FaceName): Promise<Face> {
    const known = this.faces.get(name);
    if (known) return known;
    const font = await this.pdf.embedFont(bytesOf(FILES[name]), { subset: true, customName: faceTitle(name) });
    // pdf-lib keeps the fontkit font it parsed; its cmap says which characters the face has.
    const glyphs = (font as unknown as { embedder: { font: GlyphSource } }).embedder.font;
    const face = { font, glyphs };
    this.faces.set(name, face);
    return face;
  }

  /** The face for a CSS font (family list and weight); Inter when the family is not one of ours. */
  face(name: FaceName): Face {
    return this.faces.get(name) ?? this.faces.get('inter-400')!;
  }
}

function faceTitle(name: FaceName): string {
  return { 'inter-400': 'Inter-Regular', 'inter-600': 'Inter-SemiBold', 'caveat-400': 'Caveat-Regular', 'caveat-700': 'Caveat-Bold' }[name];
}

export interface CssFont {
  size: number;
  /** The faces to try in order: the family's own, then Inter. */
  faces: FaceName[];
}

/** Reads a canvas font string such as "600 24px 'Inter', system-ui, sans-serif". */
export function parseCssFont(css: string): CssFont {
  const match = /(?:(italic|oblique)\s+)?(?:(\d{3}|bold|normal)\s+)?([\d.]+)px\s+(.*)$/.exec(css.trim());
  const weightText = match?.[2] ?? '400';
  const weight = weightText === 'bold' ? 700 : weightText === 'normal' ? 400 : Number(weightText);
  const size = Number(match?.[3] ?? 10);
  const family = (match?.[4] ?? '').split(',')[0]!.trim().replace(/^['"]|['"]$/g, '').toLowerCase();
  const inter: FaceName = weight >= 600 ? 'inter-600' : 'inter-400';
  if (family === 'caveat') return { size, faces: [weight >= 600 ? 'caveat-700' : 'caveat-400', inter] };
  return { size, faces: [inter] };
}
