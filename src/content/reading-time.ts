/** Words an adult reads in a minute of prose on a screen (the README states the figure). */
export const WORDS_PER_MINUTE = 220;

// A word is a run of letters, digits and joining marks; in scripts written
// without spaces (Chinese, Japanese) each character counts as a word.
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu;

export function countWords(text: string): number {
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) count++;
  return count;
}

/** Whole minutes at {@link WORDS_PER_MINUTE}, rounded to the nearest and never less than one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
