/** A library's English sentences and their translations: a pattern for each, with $1… for what it quotes. */
export type Sentences = readonly [RegExp, string][];

/** Every known sentence in `text` replaced by its translation; text from the user comes through as it is ($ is not read in it). */
export function translateSentences(text: string, sentences: Sentences): string {
  return sentences.reduce((said, [pattern, translation]) => said.replace(pattern, translation), text);
}
