// Command-line flags: `--name value` options and bare `--name` switches.

/** The value after `name` in `args`, or undefined when the option is absent. */
export function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

/** Whether the bare switch `name` is in `args`. */
export function flag(args: string[], name: string): boolean {
  return args.includes(name);
}
