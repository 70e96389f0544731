import { describe, expect, it } from 'vitest';
import { highlight } from './search-highlight.js';

const marked = (text: string, words: string[]): string[] =>
  highlight(text, words)
    .filter((s) => s.match)
    .map((s) => s.text);

describe('highlight', () => {
  it('marks a word after the clitics attached to it, not inside another word', () => {
    expect(marked('الجمعية التعاونية للجمعية', ['جمعيه'])).toEqual(['جمعية', 'جمعية']);
    expect(marked('جمعية لتمكين المرأة', ['تمكين'])).toEqual(['تمكين']);
    expect(marked('مستمكين', ['تمكين'])).toEqual([]);
  });
});
