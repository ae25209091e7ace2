import {
  ApplicationFlags,
  ChannelType,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMemberFlags,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  Locale,
  PermissionFlagsBits,
  RoleFlags,
  type APIGuildMember,
  type APIGuildTextChannel,
  type APIRole,
  type APIUser,
  type GatewayGuildCreateDispatchData,
} from 'discord-api-types/v10';
import { snowflake } from './ids.ts';

/** What an ordinary member (and the bot, through its managed role) may do in the guild's one channel. */
const MEMBER_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.UseExternalEmojis |
  PermissionFlagsBits.UseApplicationCommands;

/** The fixed little universe the stand-in pretends exists: one bot, one guild, one text channel, one human. */
export interface StandinWorld {
  applicationId: string;
  applicationFlags: ApplicationFlags;
  botUser: APIUser;
  /** The human who invokes commands and clicks buttons. */
  user: APIUser;
  member: APIGuildMember;
  guildId: string;
  channel: APIGuildTextChannel<ChannelType.GuildText>;
  dmChannelId: string;
  /** Bitfield strings, as Discord sends them. */
  appPermissions: string;
  memberPermissions: string;
}

export function createWorld(applicationId: string): StandinWorld {
  const guildId = snowflake();
  const user: APIUser = {
    id: snowflake(),
    username: 'standin.human',
    discriminator: '0',
    global_name: 'Stand-in Human',
    avatar: null,
  };
  return {
    applicationId,
    applicationFlags: ApplicationFlags.GatewayMessageContentLimited | ApplicationFlags.ApplicationCommandBadge,
    // Modern applications share their id with their bot user.
    botUser: {
      id: applicationId,
      username: 'standin-bot',
      discriminator: '0',
      global_name: null,
      avatar: null,
      bot: true,
      mfa_enabled: false,
      verified: true,
    },
    user,
    member: guildMember(user),
    guildId,
    channel: textChannel(guildId),
    dmChannelId: snowflake(),
    appPermissions: MEMBER_PERMISSIONS.toString(),
    memberPermissions: MEMBER_PERMISSIONS.toString(),
  };
}

function guildMember(user: APIUser, roles: string[] = []): APIGuildMember {
  return {
    user,
    nick: null,
    avatar: null,
    banner: null,
    roles,
    joined_at: new Date(Date.now() - 86_400_000).toISOString(),
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
    pending: false,
  };
}

function textChannel(guildId: string): APIGuildTextChannel<ChannelType.GuildText> {
  return {
    id: snowflake(),
    type: ChannelType.GuildText,
    guild_id: guildId,
    name: 'general',
    position: 0,
    parent_id: null,
    topic: null,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
    permission_overwrites: [],
  };
}

function role(id: string, name: string, permissions: bigint, managed: boolean): APIRole {
  return {
    id,
    name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: managed ? 1 : 0,
    permissions: permissions.toString(),
    managed,
    mentionable: false,
    flags: 0 as RoleFlags,
  };
}

/** The GUILD_CREATE payload that makes the guild available after READY listed it as unavailable. */
export function guildCreatePayload(world: StandinWorld): GatewayGuildCreateDispatchData {
  const botRoleId = snowflake();
  return {
    id: world.guildId,
    name: 'Stand-in Guild',
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: world.user.id,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: GuildVerificationLevel.Low,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.AllMembers,
    roles: [
      role(world.guildId, '@everyone', BigInt(world.memberPermissions), false),
      role(botRoleId, world.botUser.username, BigInt(world.appPermissions), true),
    ],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: world.channel.id,
    system_channel_flags: GuildSystemChannelFlags.SuppressJoinNotificationReplies,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    vanity_url_code: null,
    premium_tier: GuildPremiumTier.None,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: Locale.EnglishUS,
    nsfw_level: GuildNSFWLevel.Default,
    hub_type: null,
    incidents_data: null,
    max_members: 500_000,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    joined_at: new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    members: [guildMember(world.botUser, [botRoleId]), world.member],
    channels: [world.channel],
    threads: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}
