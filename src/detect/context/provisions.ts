/** A legal provision a finding rests on, overriding its category's default law and basis. */
export interface Provision {
  readonly law?: string;
  readonly basis: 'legalDuty' | 'policy';
}

/**
 * The provisions the insult and hate rules cite. BBS-lagen (1998:112) 5 § obliges the removal of hets mot
 * folkgrupp (among others), so only that one is `legalDuty`; förtal, förolämpning and ofredande are
 * crimes the municipality removes under its own guideline (`policy`).
 */
export const PROVISIONS = {
  fortal: { law: 'BrB 5 kap. 1 § (förtal)', basis: 'policy' },
  grovtFortal: { law: 'BrB 5 kap. 1 § (förtal), 5 kap. 2 § (grovt förtal)', basis: 'policy' },
  forolampning: { law: 'BrB 5 kap. 3 § (förolämpning)', basis: 'policy' },
  hetsMotFolkgrupp: { law: 'BrB 16 kap. 8 § (hets mot folkgrupp); BBS-lagen (1998:112) 5 §', basis: 'legalDuty' },
  // Sexist abuse aimed at one person ("tillbaka till köket, kärring") is ofredande at most; not on BBS-lagen's list.
  ofredande: { law: 'BrB 4 kap. 7 § (ofredande)', basis: 'policy' },
  // Sexual remarks aimed at a person are sexuellt ofredande (6:10, "genom ord … ofredar"); not on BBS-lagen's list.
  sexuelltOfredande: { law: 'BrB 6 kap. 10 § (sexuellt ofredande)', basis: 'policy' },
  // Gender and disability are not grounds of 16:8: such statements break the guideline, no law obliges removal.
  guidelineOnly: { basis: 'policy' },
} as const satisfies Record<string, Provision>;

/** Grounds of BrB 16 kap. 8 §: ras, hudfärg, nationellt eller etniskt ursprung, trosbekännelse, sexuell läggning, könsöverskridande identitet eller uttryck. */
export const PROTECTED_GROUNDS: ReadonlySet<string> = new Set(['ethnicity', 'religion', 'sexual-orientation', 'gender-identity', 'protected']);

/**
 * The grounds named by `ground:*` tags.
 *
 * @example
 * groundsOf(['group', 'ground:religion']) // ['religion']
 */
export function groundsOf(tags: readonly string[]): string[] {
  return tags.filter((t) => t.startsWith('ground:')).map((t) => t.slice(7));
}
