// Loading the parse stage's rule files: validated by zod, and refused with a message that says
// where the data is wrong, in the house format `message (at: path)`.
import type { z } from 'zod';

export function parseRuleData<T extends z.ZodType>(schema: T, data: unknown, file: string): z.output<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => `${issue.message} (at: ${issue.path.join('.') || '(root)'})`);
  throw new Error(`${file} is invalid: ${issues.join('; ')}`);
}
