// Checks on a reply as Discord receives it: every limit, allowed_mentions, and the text inside.
import { DISCORD_LIMITS as LIMITS } from '../support/discord-limits.ts';
import type { Problems } from './bounded.ts';
import { checkText, LONE_SURROGATE, type CheckContext } from './text-checks.ts';

export function checkMessageData(data: unknown, problems: Problems, warnings: Problems, context: CheckContext): void {
  if (typeof data !== 'object' || data === null) {
    problems.push('message data is not an object');
    return;
  }
  const message = data as Record<string, unknown>;
  checkText('content', message.content, LIMITS.content, problems, warnings, context);
  const embeds = (message.embeds ?? []) as unknown[];
  if (!Array.isArray(embeds)) problems.push('embeds is not an array');
  else {
    if (embeds.length > LIMITS.embeds) problems.push(`${embeds.length} embeds (limit ${LIMITS.embeds})`);
    let total = 0;
    embeds.forEach((raw, i) => {
      const embed = raw as { title?: unknown; description?: unknown; fields?: unknown; footer?: { text?: unknown } };
      total += checkText(`embed ${i} title`, embed.title, LIMITS.embedTitle, problems, warnings, context);
      total += checkText(`embed ${i} description`, embed.description, LIMITS.embedDescription, problems, warnings, context);
      total += checkText(`embed ${i} footer`, embed.footer?.text, LIMITS.footer, problems, warnings, context, { footer: true });
      const fields = (embed.fields ?? []) as Array<{ name?: unknown; value?: unknown }>;
      if (!Array.isArray(fields)) problems.push(`embed ${i} fields is not an array`);
      else {
        if (fields.length > LIMITS.embedFields) problems.push(`embed ${i} has ${fields.length} fields (limit ${LIMITS.embedFields})`);
        fields.forEach((field, j) => {
          if (typeof field.name !== 'string' || field.name === '' || typeof field.value !== 'string' || field.value === '') problems.push(`embed ${i} field ${j} has an empty name or value`);
          total += checkText(`embed ${i} field ${j} name`, field.name, LIMITS.fieldName, problems, warnings, context);
          total += checkText(`embed ${i} field ${j} value`, field.value, LIMITS.fieldValue, problems, warnings, context);
        });
      }
    });
    if (total > LIMITS.embedTotal) problems.push(`embeds total ${total} characters (limit ${LIMITS.embedTotal})`);
  }
  const rows = (message.components ?? []) as Array<{ components?: Array<{ custom_id?: unknown; label?: unknown }> }>;
  if (!Array.isArray(rows)) problems.push('components is not an array');
  else {
    if (rows.length > LIMITS.actionRows) problems.push(`${rows.length} action rows (limit ${LIMITS.actionRows})`);
    for (const row of rows) {
      const buttons = row.components ?? [];
      if (buttons.length > LIMITS.buttonsPerRow) problems.push(`${buttons.length} buttons in a row (limit ${LIMITS.buttonsPerRow})`);
      for (const button of buttons) {
        if (typeof button.custom_id !== 'string' || button.custom_id.length > LIMITS.customId) problems.push(`custom_id of ${String(button.custom_id).length} characters (limit ${LIMITS.customId})`);
        else if (button.custom_id === '') warnings.push('empty custom_id (Discord wants at least one character)');
        if (typeof button.label !== 'string' || button.label.length > LIMITS.buttonLabel) problems.push(`button label of ${String(button.label).length} characters (limit ${LIMITS.buttonLabel})`);
        else if (button.label === '') warnings.push('empty button label (Discord wants a label or an emoji)');
      }
    }
  }
  const mentions = message.allowed_mentions as { parse?: unknown; users?: unknown; roles?: unknown } | undefined;
  if (!mentions || !Array.isArray(mentions.parse) || mentions.parse.length > 0) problems.push(`allowed_mentions.parse is not empty: ${JSON.stringify(mentions?.parse)}`);
  if (mentions && Array.isArray(mentions.roles) && mentions.roles.length > 0) problems.push('allowed_mentions.roles is not empty');
  if (mentions && Array.isArray(mentions.users) && (mentions.users.length > 1 || mentions.users.some((u) => !context.mentions?.includes(u)))) {
    problems.push(`allowed_mentions.users names someone not asked for: ${JSON.stringify(mentions.users)}`);
  }
}

export function checkResponse(response: { type: number; data?: unknown }, problems: Problems, warnings: Problems, context: CheckContext): void {
  if (response.type === 8) {
    const choices = (response.data as { choices?: unknown } | undefined)?.choices;
    if (!Array.isArray(choices)) {
      problems.push('autocomplete result without a choices array');
      return;
    }
    if (choices.length > LIMITS.choices) problems.push(`${choices.length} choices (limit ${LIMITS.choices})`);
    for (const choice of choices as Array<{ name?: unknown; value?: unknown }>) {
      if (typeof choice.name !== 'string' || choice.name.length < 1 || choice.name.length > LIMITS.choiceName) problems.push(`choice name of ${String(choice.name).length} characters (1–${LIMITS.choiceName})`);
      else if (LONE_SURROGATE.test(choice.name)) warnings.push('choice name contains a lone surrogate');
      if (typeof choice.value === 'string') {
        if (choice.value.length > LIMITS.choiceValue) problems.push(`choice value of ${choice.value.length} characters (limit ${LIMITS.choiceValue})`);
      } else if (typeof choice.value !== 'number' || !Number.isFinite(choice.value)) problems.push(`choice value is ${JSON.stringify(choice.value)}`);
    }
    return;
  }
  if (response.type !== 4 && response.type !== 7) {
    problems.push(`unexpected response type ${response.type}`);
    return;
  }
  checkMessageData(response.data, problems, warnings, context);
}
