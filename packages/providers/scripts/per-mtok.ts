// Kept apart from build-catalog.ts so tests can import it without running the build.

/**
 * USD per token (a float) → USD per million tokens (an exact decimal string). The float's shortest round-trip
 * form is the literal LiteLLM wrote ("2.5e-7"), so shifting its decimal point by 6 loses nothing.
 */
export function perTokenToPerMTok(value: number, what: string): string {
  if (!Number.isFinite(value) || value < 0) {
    throw new Error(`${what}: price ${value} is not a non-negative number`);
  }
  const [mantissa = '', exponentText = '0'] = value.toString().toLowerCase().split('e');
  const [whole = '', fraction = ''] = mantissa.split('.');
  const digits = whole + fraction;
  const point = whole.length + Number(exponentText) + 6;
  const shifted =
    point <= 0
      ? `0.${'0'.repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + '0'.repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  const [intPart = '', fracPart = ''] = shifted.split('.');
  const normalizedInt = intPart.replace(/^0+(?=\d)/, '');
  const normalizedFrac = fracPart.replace(/0+$/, '');
  if (normalizedFrac.length > 6) {
    throw new Error(`${what}: ${value} per token needs more than 6 decimals per million tokens`);
  }
  return normalizedFrac ? `${normalizedInt}.${normalizedFrac}` : normalizedInt;
}
