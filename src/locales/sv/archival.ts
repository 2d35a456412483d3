/** Swedish messages for archival. Placeholders: `{name}`. */
export const svArchival = {} as const;
