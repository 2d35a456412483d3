/**
 * Words right before a number that make it a case, order, invoice or article number, not personal data
 * ("Dnr 20240512-0014", "Artikelnummer 0701740605"). Tested on the text before the number.
 *
 * @example
 * REFERENCE_CUE.test('Ordernummer ') // true
 */
export const REFERENCE_CUE =
  /\b(?:dnr|d\.nr|diarienr|diarienummer|ärende\w*|ärendenr|order\w*|beställning\w*|faktura\w*|ocr|referens\w*|ref|kundnr|kundnummer|medlemsnr|medlemsnummer|best\.?nr|art\.?nr|artikel\w*|serienr|serienummer|batch|lot|ks|kf|bn|sn|un|mbn)\b[\s.:#-]*$/iu;
