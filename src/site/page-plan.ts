import { sha256 } from '../sha256.ts';
import type { PagePlan } from './site-model.ts';

/**
 * The plan of a page whose model is small and cheap to make (a side's overview: its months
 * and their counts): made at once, and known by its JSON.
 */
export function madePlan<M>(url: string, model: M, weight = 1): PagePlan<M> {
  return { url, key: sha256('model', JSON.stringify(model)), weight, build: () => model };
}

/** Every plan's model: all pages of each kind, as a build that renders everything makes them. */
export function buildAll<P extends Record<string, readonly PagePlan<unknown>[]>>(plans: P): { [K in keyof P]: P[K][number] extends PagePlan<infer M> ? M[] : never } {
  return Object.fromEntries(Object.entries(plans).map(([kind, list]) => [kind, list.map((p) => p.build())])) as { [K in keyof P]: P[K][number] extends PagePlan<infer M> ? M[] : never };
}
