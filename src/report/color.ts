// Colour follows --color, then NO_COLOR, then FORCE_COLOR, then whether the stream is a TTY.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Stance } from '../schema.js';

export type ColorMode = 'auto' | 'always' | 'never';

export function useColor(mode: ColorMode, env: Record<string, string | undefined>, isTTY: boolean | undefined): boolean {
  if (mode === 'always') return true;
  if (mode === 'never') return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return Boolean(isTTY);
}

export function palette(enabled: boolean): ChalkInstance {
  return new Chalk({ level: enabled ? 1 : 0 });
}

const STANCE_COLOR: Record<Stance, 'green' | 'yellow' | 'red' | 'gray'> = {
  support: 'green', limited: 'yellow', oppose: 'red', neutral: 'gray',
};

export function paintStance(c: ChalkInstance, stance: Stance): string {
  return c[STANCE_COLOR[stance]](stance);
}
