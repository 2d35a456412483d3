declare module 'natural/lib/natural/stemmers/porter_stemmer_sv.js' {
  const PorterStemmerSv: { stem(word: string): string };
  export default PorterStemmerSv;
}
declare module 'natural/lib/natural/distance/levenshtein_distance.js' {
  const LevenshteinDistance: (a: string, b: string, options?: Record<string, unknown>) => number;
  export default LevenshteinDistance;
}
