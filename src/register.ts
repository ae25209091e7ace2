// `npm run register`: registers the commands with Discord's bulk overwrite — to one guild when
// DISCORD_GUILD_ID is set (instant), else globally.
import { REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import { config as loadDotenv } from 'dotenv';
import { commands } from '../commands/index.ts';
import { ConfigError, readConfig } from './config.ts';

export function commandDefinitions() {
  return commands.map((command) => command.definition);
}

async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const config = readConfig(process.env, { interactive: false, consoleRequested: true });
  const missing = ['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID'].filter((name) => !process.env[name]?.trim());
  if (missing.length > 0) throw new ConfigError(`${missing.join(' and ')} must be set to register commands.`);
  const rest = new REST({ api: config.apiBase }).setToken(config.token!);
  const route = config.guildId ? Routes.applicationGuildCommands(config.applicationId!, config.guildId) : Routes.applicationCommands(config.applicationId!);
  const registered = (await rest.put(route, { body: commandDefinitions() })) as Array<{ name: string }>;
  process.stdout.write(`Registered ${registered.length} commands ${config.guildId ? `in guild ${config.guildId}` : 'globally (may take up to an hour to appear)'}: ${registered.map((c) => c.name).join(', ')}\n`);
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError ? `Configuration error: ${error.message}` : `Registration failed: ${(error as Error)?.message ?? String(error)}`;
  process.stderr.write(`${message}\n`);
  process.exit(error instanceof ConfigError ? 2 : 1);
});
