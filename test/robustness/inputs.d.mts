export function chineseNumeral(n: number): string;
export function adversarialInputs(n?: number): Record<string, string>;
export const CORE_ADVERSARIAL: string[];
