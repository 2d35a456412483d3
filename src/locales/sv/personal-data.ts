/** Swedish messages for personal-data. Placeholders: `{name}`. */
export const svPersonalData = {} as const;
