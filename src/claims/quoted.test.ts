import { describe, expect, it } from 'vitest';
import { quoted } from './quoted.js';

describe('quoted', () => {
  it('puts a claim in quotation marks', () => {
    expect(quoted('165 countries are onboard')).toBe('“165 countries are onboard”');
  });
  it('does not quote again a passage that opens with its own quotation', () => {
    expect(quoted('“They will work it out,” said the Prime Minister')).toBe('“They will work it out,” said the Prime Minister');
    expect(quoted('"We have said," added the commander')).toBe('"We have said," added the commander');
  });
});
