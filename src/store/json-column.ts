// JSON is stored as text in both engines so that one code path serves both; JSON.stringify drops
// undefined members, which is exactly "absent" under exactOptionalPropertyTypes.

/** Serialises a value for a JSON text column. */
export function toJson(value: unknown): string {
  return JSON.stringify(value);
}

/** Serialises an optional value: absent becomes SQL NULL (so an empty object or array stays distinct). */
export function toJsonOrNull(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(value);
}

/** Parses a JSON text column the store itself wrote (validated on the way in, so trusted on the way out). */
export function fromJson<T>(text: string): T {
  return JSON.parse(text) as T;
}
