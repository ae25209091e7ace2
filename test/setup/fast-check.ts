// In CI the property tests explore a fixed sequence of inputs (FC_SEED, or the default), so a run
// can be repeated exactly; elsewhere each run explores new ones.
import fc from 'fast-check';

if (process.env.CI) fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20_251_122) });
