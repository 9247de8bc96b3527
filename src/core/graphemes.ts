/** Made on first use: creating a segmenter costs some 10 ms, a tenth of a one-file run that may never need it. */
let segmenter: Intl.Segmenter | undefined;

/** The graphemes of `text`: a flag's two code points, a letter written decomposed (NFD) with its marks, each one piece. */
export function* graphemesOf(text: string): Generator<string> {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
  for (const { segment } of segmenter.segment(text)) yield segment;
}
