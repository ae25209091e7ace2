// `npm run check:docker`: no Docker engine runs here, so this carries out the Dockerfile's own
// steps (FROM stages, WORKDIR, ENV, COPY, COPY --from, RUN, CMD) in clean temporary folders, then
// starts the final stage's CMD in HTTP mode and checks /healthz and the HEALTHCHECK command.
import { execSync, spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../src/paths.ts';

interface Stage {
  name: string;
  /** The folder that stands for the stage's WORKDIR. */
  dir: string;
  workdir: string;
  env: Record<string, string>;
  cmd?: string[];
  healthcheck?: string;
}

/** Joins continuation lines and drops comments. */
function instructions(dockerfile: string): Array<[string, string]> {
  return dockerfile
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [keyword, ...rest] = line.split(/\s+/);
      return [keyword!.toUpperCase(), rest.join(' ')];
    });
}

function copy(from: string, sources: string[], destination: string): void {
  for (const source of sources) cpSync(join(from, source), join(destination, source.split('/').pop()!), { recursive: true });
}

function run(stage: Stage, command: string, npmCache: string): void {
  console.log(`  [${stage.name}] RUN ${command}`);
  // npm's cache is the image's own, not this machine's (a RUN may clean it).
  execSync(command, { cwd: stage.dir, stdio: 'inherit', env: { ...process.env, ...stage.env, npm_config_cache: npmCache } });
}

function build(root: string): Stage {
  const stages = new Map<string, Stage>();
  let stage: Stage | undefined;
  for (const [keyword, args] of instructions(readFileSync(join(projectRoot, 'Dockerfile'), 'utf8'))) {
    if (keyword === 'FROM') {
      const name = /\bAS\s+(\S+)/i.exec(args)?.[1] ?? `stage${stages.size}`;
      stage = { name, dir: join(root, name), workdir: '/', env: {} };
      mkdirSync(stage.dir, { recursive: true });
      stages.set(name, stage);
      console.log(`FROM ${args}`);
      continue;
    }
    if (!stage) throw new Error(`${keyword} before FROM`);
    if (keyword === 'WORKDIR') stage.workdir = args.replace(/\/?$/, '/');
    if (keyword === 'ENV') for (const [, key, value] of args.matchAll(/(\w+)=(\S+)/g)) stage.env[key!] = value!;
    if (keyword === 'COPY') {
      const parts = args.split(/\s+/).filter((part) => !part.startsWith('--chown'));
      const fromStage = parts[0]?.startsWith('--from=') ? stages.get(parts.shift()!.slice('--from='.length)) : undefined;
      const destination = parts.pop()!;
      // A path in another stage is read relative to that stage's WORKDIR.
      const sources = parts.map((source) => (fromStage && source.startsWith(fromStage.workdir) ? source.slice(fromStage.workdir.length) : source));
      const from = fromStage?.dir ?? projectRoot;
      if (destination === './') copy(from, sources, stage.dir);
      // .dockerignore keeps the saved index out of the image.
      else if (destination === './seeds') cpSync(join(from, 'seeds'), join(stage.dir, 'seeds'), { recursive: true, filter: (path) => !path.includes(`${join('seeds', '.index')}`) });
      else for (const source of sources) cpSync(join(from, source), join(stage.dir, destination), { recursive: true });
      console.log(`  [${stage.name}] COPY ${args}`);
    }
    if (keyword === 'RUN') run(stage, args, join(root, 'npm-cache'));
    if (keyword === 'CMD') stage.cmd = JSON.parse(args) as string[];
    if (keyword === 'HEALTHCHECK') stage.healthcheck = /\bCMD\s+(.*)$/.exec(args)?.[1];
  }
  if (!stage?.cmd) throw new Error('the Dockerfile has no CMD in its last stage');
  return stage;
}

async function startAndProbe(stage: Stage): Promise<void> {
  const { publicKey } = generateKeyPairSync('ed25519');
  const publicKeyHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
  const port = String(20_000 + Math.floor(Math.random() * 20_000));
  const env = { ...process.env, ...stage.env, PORT: port, DISCORD_PUBLIC_KEY: publicKeyHex, DISCORD_TOKEN: '', LOG_LEVEL: 'warn' };
  const [command, ...args] = stage.cmd!;
  console.log(`CMD ${stage.cmd!.join(' ')} (HTTP mode on 127.0.0.1:${port})`);
  const started = Date.now();
  const child = spawn(command === 'node' ? process.execPath : command!, args, { cwd: stage.dir, env, stdio: ['ignore', 'inherit', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  try {
    let healthy = false;
    while (!healthy && Date.now() - started < 30_000) {
      healthy = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
      if (!healthy) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (!healthy) throw new Error('/healthz never answered 200');
    console.log(`  /healthz answered 200 after ${Date.now() - started} ms`);
    if (stage.healthcheck) {
      execSync(stage.healthcheck, { cwd: stage.dir, env, stdio: 'inherit', shell: '/bin/sh' });
      console.log('  HEALTHCHECK command passed');
    }
  } finally {
    child.kill('SIGTERM');
  }
  const code = await exited;
  if (code !== 0) throw new Error(`the server exited with ${code} on SIGTERM`);
  console.log('  SIGTERM: exited 0');
}

const root = mkdtempSync(join(tmpdir(), 'dockerfile-'));
try {
  const final = build(root);
  const devOnly = ['typescript', 'vitest', 'tsx'].filter((name) => {
    try {
      readFileSync(join(final.dir, 'node_modules', name, 'package.json'));
      return true;
    } catch {
      return false;
    }
  });
  if (devOnly.length > 0) throw new Error(`the final stage has development dependencies: ${devOnly.join(', ')}`);
  await startAndProbe(final);
  console.log('Dockerfile steps: OK');
} catch (error) {
  console.error(`Dockerfile steps failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  rmSync(root, { recursive: true, force: true });
}
