// Exact module path: the `natural` index loads dotenv, prints to stdout and pulls in database clients.
import PorterStemmerSv from 'natural/lib/natural/stemmers/porter_stemmer_sv.js';
import { detached } from '../normalise/units.js';

const cache = new Map<string, string>();
const CACHE_LIMIT = 8192;

/**
 * Swedish Porter stem of a lower-case word, memoised (bounded).
 *
 * @example
 * stemSv('idioterna') // 'idiot'
 */
export function stemSv(word: string): string {
  let s = cache.get(word);
  if (s === undefined) {
    s = PorterStemmerSv.stem(word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(detached(word), s);
  }
  return s;
}
