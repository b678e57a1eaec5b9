/**
 * "a" or "an" before a refusal reason. The reasons are a fixed list (addressPolicy.ts), so the rule
 * covers their spellings: initialisms read letter by letter ("an IETF", "an IPv4-mapped") and
 * vowel sounds ("an unspecified"), but "unique" starts with a consonant sound ("a unique local").
 */
export function indefiniteArticle(word: string): 'a' | 'an' {
  if (/^uni/i.test(word)) return 'a';
  if (/^[aeiou]/i.test(word)) return 'an';
  // Initialisms whose first letter is said with a vowel sound: F, H, L, M, N, R, S, X (and I).
  if (/^[FHILMNRSX][A-Z0-9]/.test(word) && !/^NAT/.test(word)) return 'an';
  return 'a';
}
