import { PDFDocument } from 'pdf-lib';
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
