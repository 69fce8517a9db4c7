import fontkit from '@pdf-lib/fontkit';
import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { PdfCanvas } from './pdfCanvas';
import { PdfFonts } from './pdfFonts';

describe('the PDF adapter', () => {
  it('writes text in the embedded fonts, boxes what no font has, and keeps the page balanced', async () => {
    const pdf = await PDFDocument.create();
    const page = pdf.addPage([400, 300]);
    const fonts = await PdfFonts.for(pdf, ['inter-400', 'caveat-400']);
    const ctx = new PdfCanvas(page, pdf.context, fonts, () => null);
    ctx.save();
    ctx.font = "400 20px 'Caveat', 'Inter', cursive";
    ctx.fillStyle = '#1f2328';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText('Grüße, 19,90 € 🎉', 200, 150);
    ctx.beginPath();
    ctx.arc(50, 50, 20, 0, Math.PI * 2);
    ctx.fillStyle = 'rgba(21, 101, 192, 0.5)';
    ctx.fill();
    const wide = ctx.measureText('Größe').width;
    expect(wide).toBeGreaterThan(30);
    expect(ctx.measureText('Größe 🎉').width).toBeGreaterThan(wide);
    page.pushOperators(...ctx.takeOperators());
    expect([...ctx.missing]).toEqual(['🎉']);
    // Without object streams the font dictionaries stay readable in the file.
    const bytes = await pdf.save({ useObjectStreams: false });
    const reopened = await PDFDocument.load(bytes);
    expect(reopened.getPageCount()).toBe(1);
    // Both faces are embedded as subsets with a ToUnicode map (what makes the text searchable).
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).toMatch(/\/FontFile2/);
    expect(raw.match(/\/ToUnicode/g)?.length).toBeGreaterThanOrEqual(1);
  });
});

describe('the embedded font subsets', () => {
  it('keep every glyph a German workshop types, decodable and with its outline', async () => {
    const pdf = await PDFDocument.create();
    const page = pdf.addPage([600, 200]);
    const fonts = await PdfFonts.for(pdf, ['inter-400', 'inter-600', 'caveat-400', 'caveat-700']);
    const ctx = new PdfCanvas(page, pdf.context, fonts, () => null);
    // No spaces: a space is the one glyph without an outline.
    const sample = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzÄÖÜäöüß0123456789€%&§/()?!:;,.-–„“';
    for (const font of ["400 12px 'Inter'", "600 12px 'Inter'", "400 12px 'Caveat'", "700 12px 'Caveat'"]) {
      ctx.font = font;
      ctx.fillText(sample, 10, 50);
    }
    page.pushOperators(...ctx.takeOperators());
    expect(ctx.missing.size).toBe(0);
    const reopened = await PDFDocument.load(await pdf.save());
    const files: Uint8Array[] = [];
    for (const [, object] of reopened.context.enumerateIndirectObjects()) {
      if (!(object instanceof PDFDict)) continue;
      const file = object.get(PDFName.of('FontFile2'));
      if (file) files.push(decodePDFRawStream(reopened.context.lookup(file) as PDFRawStream).decode());
    }
    expect(files).toHaveLength(4);
    const letters = [...sample].length;
    for (const file of files) {
      const subset = fontkit.create(file as Buffer);
      // .notdef plus one glyph per distinct character (some share a glyph).
      expect(subset.numGlyphs).toBeGreaterThan(60);
      expect(subset.numGlyphs).toBeLessThan(letters * 2); // accents are components of their own
      for (let id = 1; id < subset.numGlyphs; id += 1) {
        const glyph = subset.getGlyph(id);
        // A shifted glyph fails to decode or comes out empty.
        expect((glyph.path as unknown as { commands: unknown[] }).commands.length, `glyph ${id}`).toBeGreaterThan(0);
      }
    }
  });
});
