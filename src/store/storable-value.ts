import { type DomainError, domainError } from '../domain/result.js';

// PostgreSQL text cannot hold NUL, and a lone UTF-16 surrogate becomes U+FFFD on the way to UTF-8
// in both engines: refusing them up front keeps "what you store is what you read" true everywhere.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first string or number inside `value` that cannot be stored exactly, as a DomainError naming its path. */
export function findUnstorable(value: unknown, path: string): DomainError | undefined {
  if (typeof value === 'string') return checkText(value, path);
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? undefined
      : domainError('invalid_number', `${value} cannot be stored: give a finite number`, fieldName(path));
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findUnstorable(item, `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const at = path === '' ? key : `${path}.${key}`;
      const found = checkText(key, at) ?? findUnstorable(item, at);
      if (found) return found;
    }
  }
  return undefined;
}

function checkText(text: string, path: string): DomainError | undefined {
  if (text.includes('\u0000')) {
    return domainError('invalid_text', 'contains a NUL character (U+0000), which cannot be stored: remove it', fieldName(path));
  }
  if (LONE_SURROGATE.test(text)) {
    return domainError('invalid_text', 'contains a broken character (a lone UTF-16 surrogate): re-copy the text from its source', fieldName(path));
  }
  return undefined;
}

function fieldName(path: string): string {
  return path === '' ? 'value' : path;
}
