// The subject's vocabulary: who the actors are, what people call them, which words mean the same
// thing in this story, and which words only carry the shape of a question. Data only; the
// analyzer turns every entry into index terms with the same steps it applies to the articles.

export interface ActorEntry {
  id: string;
  label: string;
  /** A state, bloc or body whose stance a question may ask about (not Russia, the Taliban, a militant group). */
  thirdParty?: boolean;
  /** Names as people write them; matched case-insensitively, multi-word names as phrases. */
  names: string[];
  /** Broader groups this actor belongs to (a question about the group also finds its members). */
  memberOf?: string[];
}

export const ACTORS: ActorEntry[] = [
  { id: 'russia', label: 'Russia', names: ['russia', 'russian', 'russians', 'moscow', 'kremlin', 'putin', 'russian federation'] },
  { id: 'taliban', label: 'the Taliban', names: ['taliban', 'talibans', 'mullah', 'mullahs', 'taliban govt', 'islamic emirate', 'islamic emirate of afghanistan', 'iea', 'muttaqi', 'taliban government', 'taliban regime', 'rulers', 'new rulers', 'de facto rulers', 'de facto authorities', 'de facto government', 'zabihullah', 'zabihullah mujahid'] },
  { id: 'afghanistan', label: 'Afghanistan', names: ['afghanistan', 'afghan', 'afghans', 'kabul', 'herat', 'kandahar', 'mazar', 'mazar-i-sharif', 'jalalabad'] },
  { id: 'china', thirdParty: true, label: 'China', names: ['china', 'chinese', 'beijing', 'prc', 'xi', 'xi jinping'] },
  { id: 'india', thirdParty: true, label: 'India', names: ['india', 'indian', 'indians', 'new delhi', 'delhi', 'jaishankar', 'modi', 'eam', 'mea', 'external affairs minister'] },
  { id: 'iran', thirdParty: true, label: 'Iran', names: ['iran', 'iranian', 'iranians', 'tehran', 'islamic republic', 'islamic republic of iran', 'mashhad', 'khamenei', 'pezeshkian'] },
  { id: 'pakistan', thirdParty: true, label: 'Pakistan', names: ['pakistan', 'pakistani', 'pakistanis', 'islamabad', 'peshawar', 'quetta', 'khyber pakhtunkhwa', 'rawalpindi'] },
  { id: 'usa', thirdParty: true, label: 'the United States', names: ['united states', 'united states of america', 'usa', 'america', 'american', 'americans', 'washington', 'dc', 'white house', 'state department', 'state dept', 'secretary of state', 'blinken', 'rubio', 'pentagon', 'trump', 'biden'], memberOf: ['west'] },
  { id: 'west', thirdParty: true, label: 'the West', names: ['west', 'western', 'westerners', 'western powers', 'western nations', 'western capitals'] },
  { id: 'nato', thirdParty: true, label: 'NATO', names: ['nato', 'north atlantic treaty organization', 'north atlantic alliance'], memberOf: ['west'] },
  { id: 'europe', thirdParty: true, label: 'Europe', names: ['europe', 'european', 'europeans', 'eu', 'european union', 'brussels', 'high representative', 'kallas', 'borrell'], memberOf: ['west'] },
  { id: 'central-asia', thirdParty: true, label: 'Central Asian states', names: ['central asia', 'central asian', 'central asian states', 'central asian republics', 'former soviet republics', 'former soviet states', 'ex-soviet states', 'ex-soviet republics', 'stans'] },
  { id: 'tajikistan', thirdParty: true, label: 'Tajikistan', names: ['tajikistan', 'tajik', 'dushanbe'], memberOf: ['central-asia'] },
  { id: 'uzbekistan', thirdParty: true, label: 'Uzbekistan', names: ['uzbekistan', 'uzbek', 'tashkent', 'termez', 'samarkand'], memberOf: ['central-asia'] },
  { id: 'kazakhstan', thirdParty: true, label: 'Kazakhstan', names: ['kazakhstan', 'kazakh', 'astana', 'almaty'], memberOf: ['central-asia'] },
  { id: 'kyrgyzstan', thirdParty: true, label: 'Kyrgyzstan', names: ['kyrgyzstan', 'kyrgyz', 'bishkek'], memberOf: ['central-asia'] },
  { id: 'turkmenistan', thirdParty: true, label: 'Turkmenistan', names: ['turkmenistan', 'turkmen', 'ashgabat'], memberOf: ['central-asia'] },
  { id: 'turkey', thirdParty: true, label: 'Turkey', names: ['turkey', 'turkish', 'turkiye', 'ankara'] },
  { id: 'uae', thirdParty: true, label: 'the UAE', names: ['uae', 'united arab emirates', 'emirati', 'abu dhabi', 'dubai'] },
  { id: 'ukraine', label: 'Ukraine', names: ['ukraine', 'ukrainian', 'ukrainians', 'kyiv', 'kiev', 'zelensky', 'zelenskyy', 'zelenskiy'] },
  { id: 'un', thirdParty: true, label: 'the United Nations', names: ['un', 'united nations', 'unsc', 'security council', 'un security council', 'unhcr', 'un refugee agency', 'international community', 'secretary-general', 'secretary general', 'guterres', 'unama', 'un assistance mission'] },
  { id: 'iskp', label: 'ISIS-K (Islamic State Khorasan)', names: ['iskp', 'isis-k', 'isis k', 'is-k', 'is k', 'iskp', 'islamic state khorasan', 'islamic state-khorasan', 'islamic state khorasan province', 'islamic state', 'isis', 'isil', 'daesh'] },
  { id: 'al-qaeda', label: 'al Qaeda', names: ['al qaeda', 'al-qaeda', 'alqaeda', 'al qaida', 'qaeda', 'bin laden', 'osama bin laden'] },
  { id: 'nrf', label: 'the National Resistance Front', names: ['nrf', 'national resistance front', 'resistance', 'anti-taliban resistance', 'armed opposition', 'panjshir', 'northern alliance', 'massoud', 'masoud', 'ahmad shah masoud'] },
  { id: 'afghan-women', label: 'Afghan women', names: ['women', 'woman', 'girls', 'girl', 'female', 'females', 'gender'] },
];
/**
 * People and offices whose names are also an actor's names ("Putin" is Russia, the State Department
 * the United States). A question asking for their own words or doings ("what did Putin himself
 * say?") is answered only by a passage naming them.
 */
export const PEOPLE: Array<{ id: string; names: string[] }> = [
  { id: 'putin', names: ['putin', 'vladimir putin'] },
  { id: 'muttaqi', names: ['muttaqi', 'amir khan muttaqi'] },
  { id: 'xi', names: ['xi', 'xi jinping'] },
  { id: 'jaishankar', names: ['jaishankar'] },
  { id: 'modi', names: ['modi', 'narendra modi'] },
  { id: 'khamenei', names: ['khamenei'] },
  { id: 'pezeshkian', names: ['pezeshkian'] },
  { id: 'trump', names: ['trump', 'donald trump'] },
  { id: 'biden', names: ['biden', 'joe biden'] },
  { id: 'massoud', names: ['massoud', 'masoud', 'ahmad shah massoud', 'ahmad shah masoud'] },
  { id: 'zelensky', names: ['zelensky', 'zelenskyy', 'zelenskiy'] },
  { id: 'taliban-spokesman', names: ['zabihullah', 'zabihullah mujahid'] },
  { id: 'state-department', names: ['state department', 'state dept', 'secretary of state', 'blinken', 'rubio'] },
  { id: 'white-house', names: ['white house'] },
  { id: 'un-secretary-general', names: ['secretary-general', 'secretary general', 'guterres', 'unama', 'un assistance mission'] },
  { id: 'eu-foreign-policy-chief', names: ['high representative', 'kallas', 'borrell'] },
];
/** Every actor's id: the term its names are analysed to. */
export const ACTOR_IDS: ReadonlySet<string> = new Set(ACTORS.map((actor) => actor.id));

/**
 * Groups of words that mean the same thing in this story. A question word in a group also finds
 * the group's other words, at `weight` of a literal match. Phrases are matched as phrases.
 */
export interface ConceptEntry {
  words: string[];
  weight: number;
}

/**
 * What every article is about. A question naming it ("why did Russia recognise the Taliban?")
 * narrows nothing, so these never decide whether a paragraph answers a question.
 */
export const SUBJECT_WORDS = [
  'russia', 'taliban', 'afghanistan', 'recognize', 'recognizes', 'recognized', 'recognizing',
  'recognition', 'legitimacy', 'legitimize', 'move', 'decision', 'decide', 'decided', 'decides',
  'deciding', 'regime', 'government',
];

export const CONCEPTS: ConceptEntry[] = [
  { weight: 0.8, words: ['terrorism', 'terror', 'terrorist', 'terrorists', 'extremism', 'extremist', 'extremists', 'militancy', 'militant', 'militants', 'jihad', 'jihadi', 'jihadist', 'jihadists', 'radical', 'radicals', 'radicalism', 'insurgency', 'insurgent', 'insurgents', 'islamist', 'islamists', 'attacks', 'attack', 'bombing', 'bombings', 'militia', 'militias', 'fighters', 'gunmen', 'bombers', 'guerrillas', 'guerrilla', 'militiamen', 'suicide bombers', 'suicide bombing', 'suicide bombings', 'bomb', 'bombs', 'blasts', 'explosions', 'al qaeda', 'al-qaeda', 'qaeda'] },
  { weight: 0.8, words: ['resource', 'resources', 'natural resources', 'mineral', 'minerals', 'mining', 'mine', 'mines', 'deposit', 'deposits', 'reserves', 'lithium', 'rare earth', 'rare earths', 'rare earth elements', 'copper', 'oil', 'gas', 'coal', 'extraction', 'commodities', 'riches', 'wealth', 'ore', 'ores', 'petroleum', 'hydrocarbons', 'mined'] },
  { weight: 0.7, words: ['energy', 'oil', 'gas', 'coal', 'pipeline', 'pipelines', 'electricity', 'power lines', 'power grid', 'petroleum', 'fuel', 'fuels', 'crude', 'refineries', 'lng'] },
  { weight: 0.8, words: ['border', 'borders', 'frontier', 'frontiers', 'flank', 'boundary', 'boundaries', 'spillover', 'spill', 'cross-border', 'crossing', 'crossings', 'bordering', 'border crossings'] },
  { weight: 0.9, words: ['drug', 'drugs', 'drug trade', 'narcotic', 'narcotics', 'opium', 'heroin', 'poppy', 'poppies', 'meth', 'narco', 'trafficking', 'smuggling', 'dealers', 'traffickers', 'illicit', 'contraband', 'smugglers', 'smuggled', 'cartels', 'hashish', 'cannabis', 'methamphetamine', 'addiction', 'addicts'] },
  { weight: 0.7, words: ['recognize', 'recognizes', 'recognized', 'recognition', 'recognizing', 'legitimacy', 'legitimate', 'legitimize', 'legitimizing', 'legitimization', 'acknowledge', 'acknowledged', 'endorse', 'endorsing', 'accreditation', 'accredited', 'credentials', 'formal status'] },
  { weight: 0.9, words: ['migration', 'migrant', 'migrants', 'refugee', 'refugees', 'returnee', 'returnees', 'exodus', 'displaced', 'displacement', 'deport', 'deported', 'deportation', 'deportations', 'expelled', 'expulsion', 'asylum', 'undocumented', 'outflow', 'influx', 'resettle', 'resettlement', 'reintegrate', 'reintegration', 'absorb', 'absorbing', 'immigrants', 'immigrant', 'immigration', 'emigration', 'emigrants', 'repatriation', 'repatriated', 'asylum seekers', 'evacuees', 'resettled'] },
  { weight: 0.8, words: ['trade', 'trading', 'commerce', 'commercial', 'business', 'economic', 'economy', 'economics', 'investment', 'investments', 'investor', 'money', 'profit', 'profits', 'deals', 'agreements', 'businesses', 'companies', 'firms', 'revenue', 'revenues', 'sector', 'sectors', 'industry', 'industries'] },
  { weight: 0.9, words: ['belt and road', 'belt and road initiative', 'bri', 'silk road', 'new silk road', 'one belt one road'] },
  { weight: 0.8, words: ['corridor', 'corridors', 'transport', 'transit', 'infrastructure', 'railway', 'railways', 'rail', 'roads', 'road', 'highway', 'highways', 'train', 'trains', 'truck', 'trucks', 'trucking', 'freight', 'cargo', 'port', 'ports', 'logistics', 'connectivity', 'routes', 'route', 'north-south', 'transportation', 'railroad', 'railroads', 'hub', 'hubs'] },
  { weight: 0.9, words: ['women', 'woman', 'girls', 'girl', 'female', 'gender', 'misogyny', 'females', 'ladies', 'daughters', 'sisters', 'wives'] },
  { weight: 0.8, words: ['education', 'school', 'schools', 'schooling', 'university', 'universities', 'secondary education', 'grade six', 'study', 'studying', 'students', 'student', 'teachers', 'teaching', 'college', 'colleges', 'classes', 'classroom', 'classrooms', 'educational', 'pupils'] },
  { weight: 0.8, words: ['human rights', 'rights', 'abuses', 'abuse', 'repression', 'oppression', 'oppressive', 'freedoms', 'freedom', 'violations', 'persecution', 'crackdown', 'crackdowns', 'amnesty', 'amnesty international', 'human rights watch', 'hrw', 'ngos', 'ngo', 'activists', 'watchdogs', 'human rights groups', 'human rights organizations', 'rights groups', 'organizations', 'international organizations', 'torture', 'censorship', 'liberties', 'civil liberties', 'discrimination', 'dissidents', 'harassment'] },
  { weight: 0.7, words: ['security', 'safety', 'stability', 'stabilize', 'stable', 'secure', 'protect', 'protection', 'defense', 'shield', 'shielding', 'buffer', 'buffer zone', 'safeguard', 'safeguards', 'safer', 'safest', 'shore up', 'bolster', 'bolstering', 'prop up', 'firm up'] },
  { weight: 0.7, words: ['instability', 'unstable', 'destabilize', 'destabilizing', 'chaos', 'unrest', 'turmoil', 'disorder', 'conflict', 'strife', 'upheaval', 'insecurity', 'bloodshed'] },
  { weight: 0.7, words: ['influence', 'power', 'clout', 'sway', 'leverage', 'lever', 'pressure', 'bargaining chip', 'weaponize', 'weaponise', 'weaponizing', 'weaponising', 'instrumentalize', 'dominance', 'foothold', 'hegemony', 'sphere of influence', 'power projection', 'big boss', 'top dog', 'kingmaker', 'flex', 'flexing', 'great power', 'superpower', 'status', 'relevance', 'relevant', 'footprint', 'presence', 'backyard', 'near abroad', 'under its thumb', 'grip'] },
  { weight: 0.8, words: ['sanction', 'sanctions', 'isolation', 'isolated', 'isolate', 'pariah', 'frozen out', 'shut out', 'cut off', 'ostracized', 'ostracism', 'cold shoulder', 'shunned', 'shun'] },
  { weight: 0.8, words: ['precedent', 'example', 'embolden', 'emboldened', 'emboldening', 'emboldens', 'bolder', 'encourage', 'signal', 'copycat', 'follow suit', 'follow its lead', 'line up', 'lining up', 'domino', 'domino effect', 'floodgates', 'copy', 'copying', 'copies', 'imitate', 'emulate', 'follow the lead', 'follow moscow\'s lead', 'follow russia\'s lead', 'follow the kremlin\'s lead', 'likewise', 'do likewise', 'do the same', 'did the same', 'done the same', 'doing the same', 'does the same', 'same move'] },
  { weight: 0.8, words: ['criticism', 'critic', 'critics', 'criticize', 'condemn', 'condemned', 'condemnation', 'backlash', 'outcry', 'denounce', 'opposition', 'pushback', 'push back', 'objection', 'objections', 'criticisms', 'criticized', 'criticizing', 'denounced', 'denouncing', 'outrage', 'condemning', 'rebuke', 'rebuked'] },
  { weight: 0.8, words: ['ambassador', 'ambassadors', 'envoy', 'envoys', 'embassy', 'embassies', 'diplomat', 'diplomats', 'credentials', 'accreditation', 'emissary', 'mission', 'diplomatic mission', 'consulate', 'consulates', 'consul'] },
  { weight: 0.8, words: ['flag', 'flags', 'banner', 'banners', 'hoisted'] },
  { weight: 0.9, words: ['supreme court', 'court', 'courts', 'judges', 'delist', 'delisted', 'delisting', 'terrorist list', 'banned list', 'designation', 'removal', 'judge', 'verdict', 'upheld'] },
  { weight: 0.8, words: ['law', 'laws', 'legal', 'legislation', 'bill', 'parliament', 'parliamentary', 'duma', 'lawmakers', 'lawmaker', 'legislators', 'legislator', 'legislature', 'mps', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'prosecuted', 'prosecution', 'prosecutor', 'punished', 'charged', 'fined', 'jailed', 'convicted', 'trial', 'court case', 'ministry of justice', 'prosecutors', 'judicial', 'criminal', 'legally', 'decree', 'decrees'] },
  { weight: 0.9, words: ['crocus', 'crocus city hall', 'concert', 'concert hall', 'concert venue', 'massacre'] },
  { weight: 0.8, words: ['sharia', 'islamic law', 'religious', 'religion', 'faith', 'multifaith', 'ideology', 'ideological', 'beliefs', 'morality', 'moral', 'doctrine', 'theocracy', 'clerics', 'morality police'] },
  { weight: 0.8, words: ['protest', 'protests', 'protesters', 'demonstration', 'demonstrations', 'discontent', 'anger', 'frustration', 'defiance', 'dissent', 'rallies', 'rally', 'demonstrators', 'protestors', 'protesting', 'protested', 'riots', 'uproar'] },
  { weight: 0.7, words: ['history', 'historical', 'background', 'context', 'origins', 'past', 'cold war', 'invasion', 'invaded', 'soviet', 'soviets', 'soviet union', 'ussr', 'mujahideen', '1979', 'decade-long war'] },
  { weight: 0.8, words: ['war', 'wars', 'conflict', 'conflicts', 'fighting', 'invasion', 'military', 'troops', 'forces', 'soldiers', 'army', 'armies', 'battles', 'warfare', 'fought', 'combat'] },
  { weight: 0.8, words: ['timing', 'why now', 'moment', 'timeline', 'when', 'date', 'day'] },
  { weight: 0.7, words: ['first', 'first country', 'only country', 'pioneer', 'lead', 'alone', 'by itself', 'on its own', 'out on a limb', 'the only one'] },
  { weight: 0.7, words: ['diplomacy', 'diplomatic', 'relations', 'ties', 'engagement', 'engage', 'engaged', 'contacts', 'talk', 'talks', 'talking', 'dialog', 'negotiate', 'negotiations', 'link', 'links', 'linked', 'connection', 'connections', 'relationship', 'cooperation', 'cooperate', 'partnership', 'partner', 'counterparty', 'counterparties', 'alliance', 'alliances', 'bloc', 'axis', 'coalition', 'dialogue', 'bilateral', 'discussions', 'work together', 'working together', 'work with', 'working with', 'collaborate', 'collaboration', 'team up', 'teaming up'] },
  { weight: 0.8, words: ['reputation', 'image', 'standing', 'prestige', 'credibility', 'stature', 'tarnish', 'tarnished', 'soft power', 'look bad', 'looks bad', 'optics'] },
  { weight: 0.8, words: ['media', 'press', 'speech', 'journalists', 'media freedoms', 'freedom of speech', 'reporters', 'newspapers', 'newspaper', 'television', 'journalist'] },
  { weight: 0.8, words: ['aid', 'humanitarian', 'medicine', 'food', 'hunger', 'famine', 'necessities', 'poverty', 'assistance', 'relief', 'medicines', 'malnutrition', 'starvation', 'starving'] },
  { weight: 0.8, words: ['work', 'workers', 'worker', 'jobs', 'job', 'employment', 'workforce', 'labor', 'laborers', 'labor migration', 'migrant workers', 'employees', 'wages', 'unemployment', 'unemployed'] },
  { weight: 0.7, words: ['debate', 'debates', 'controversy', 'controversial', 'domestic', 'public opinion'] },
  { weight: 0.8, words: ['agriculture', 'farming', 'farms', 'wheat', 'crops', 'farmers', 'farmer', 'farm', 'crop', 'livestock', 'grain', 'harvest'] },
  { weight: 0.8, words: ['gain', 'gains', 'benefit', 'benefits', 'advantage', 'advantages', 'payoff', 'upside', 'reward', 'rewards', 'win', 'wins', 'winning', 'prize', 'victory', 'diplomatic victory', 'get out of', 'gets out of', 'getting out of', 'got out of', 'in it for', 'opportunity', 'opportunities'] },
  { weight: 0.7, words: ['international', 'internationally', 'abroad', 'worldwide', 'globally', 'overseas', 'world stage', 'global stage', 'international stage'] },
  { weight: 0.8, words: ['money', 'cash', 'afford', 'affordable', 'financial', 'financially', 'finances', 'budget', 'budgets', 'funds', 'funding', 'spend', 'spending', 'expensive', 'investment', 'investments', 'invest', 'domestic cost', 'cut', 'cuts', 'broke', 'bankroll', 'pay for', 'foot the bill', 'cash-strapped', 'strapped', 'squeezed', 'financing', 'debt', 'loans', 'billions', 'price tag'] },
  { weight: 0.8, words: ['victory', 'triumph', 'success', 'successful', 'thrilled', 'happy', 'pleased', 'glad', 'celebrate', 'celebrating', 'welcome', 'welcomed', 'hailed', 'masterstroke', 'excited', 'cheer', 'cheering', 'cheered', 'applaud', 'applauded', 'praise', 'praised', 'delighted', 'proud', 'enthusiastic', 'grateful', 'jubilant', 'overjoyed'] },
  { weight: 0.7, words: ['angry', 'anger', 'upset', 'furious', 'mad', 'outraged', 'frustration', 'frustrated', 'discontent', 'unhappy', 'dismay', 'dismayed', 'shocked', 'enraged', 'alarmed', 'incensed', 'livid'] },
  { weight: 0.8, words: ['stop', 'prevent', 'preventing', 'contain', 'containing', 'counter', 'countering', 'combat', 'fight', 'fighting', 'crack down', 'neutralize', 'neutralizing', 'control', 'suppress', 'curb', 'keep out', 'tackle', 'rein in', 'keep in check', 'policing', 'babysit', 'handle'] },
  { weight: 0.8, words: ['strong', 'stronger', 'strongest', 'strength', 'strengthen', 'strengthened', 'strengthening', 'grow', 'grows', 'grew', 'grown', 'growing', 'expand', 'expanded', 'expanding', 'expansion', 'regroup', 'regrouped', 'regrouping', 'resurgent', 'resurgence', 'comeback'] },
  { weight: 0.8, words: ['weak', 'weakness', 'fragile', 'collapse', 'collapsing', 'fall apart', 'crumble', 'shaky', 'unpopular', 'eroded', 'weakening', 'weakened', 'deteriorating', 'crumbling', 'faltering', 'eroding', 'brittle', 'weaker', 'weakest'] },
  { weight: 0.7, words: ['friends', 'friend', 'allies', 'ally', 'allied', 'partners', 'partner', 'alliance', 'alignment', 'aligned', 'aligning', 'axis', 'bloc', 'coordination', 'coordinate', 'buddies', 'cozy', 'cozying', 'cozy up', 'in bed with', 'into bed with', 'close', 'closer', 'tight', 'embrace', 'embracing', 'warm', 'warmer', 'warming', 'rapprochement', 'courting', 'court', 'befriend', 'befriends', 'befriending', 'befriended'] },
  { weight: 0.7, words: ['enemies', 'enemy', 'rivals', 'rival', 'adversaries', 'adversary', 'opponents', 'challenge', 'challenges', 'counterweight', 'counterbalance', 'counterbalancing', 'anti-western', 'compete', 'competing', 'competition', 'competitor', 'rivalry', 'foes', 'foe', 'defy', 'defies', 'defying', 'defied', 'snub', 'snubbing', 'stick it to', 'sticking it to', 'spite'] },
  { weight: 0.7, words: ['cautious', 'cautiously', 'caution', 'wary', 'hesitant', 'hesitate', 'hesitated', 'hesitation', 'reluctant', 'reluctance', 'withhold', 'withholding', 'withheld', 'hold back', 'holding back', 'held back', 'hold off', 'holding off', 'held off', 'stop short', 'stopped short', 'on the fence', 'wait and see'] },
  { weight: 0.8, words: ['blacklist', 'blacklisted', 'terror list', 'terrorist group', 'designated', 'designation', 'delist', 'delisted', 'delisting', 'ban', 'banned', 'lifted', 'removal', 'removed'] },
  { weight: 0.7, words: ['brutal', 'brutality', 'crimes', 'atrocities', 'treatment', 'treated', 'treat', 'oppression', 'suppression', 'restrictions', 'restricted', 'barred', 'bans', 'shut', 'shut down', 'closed', 'banned from', 'locked out', 'kept out', 'punishment', 'punishments', 'torture', 'executions', 'floggings', 'flogging', 'stoning'] },
  { weight: 0.8, words: ['flee', 'fleeing', 'fled', 'kicked out', 'pushed out', 'forced out', 'booted', 'booted out', 'thrown out', 'sent back', 'sent home', 'forced returns', 'returning', 'returned', 'returns', 'leave the country', 'escape', 'escaped', 'exile', 'exiled', 'coming back', 'come back', 'came back', 'going back', 'go back', 'went back', 'returnees'] },
  { weight: 0.8, words: ['inspire', 'inspires', 'model', 'blueprint', 'pays', 'viable path', 'other groups', 'radical groups', 'lesson', 'lessons', 'message', 'takeaway', 'violence pays', 'rewarding violence', 'reward violence'] },
  { weight: 0.7, words: ['peace', 'peaceful', 'calm', 'order', 'stability', 'stable'] },
  { weight: 0.7, words: ['mess', 'messy', 'chaos', 'chaotic', 'turmoil', 'unrest', 'anarchy', 'upheaval', 'turbulent', 'turbulence'] },
  { weight: 0.8, words: ['muslim', 'muslims', 'islam', 'islamic world', 'islamist', 'sharia', 'moslem', 'moslems', 'sunni', 'sunnis', 'ummah'] },
  { weight: 0.9, words: ['caucasus', 'chechnya', 'chechen', 'chechens', 'dagestan', 'north caucasus', 'grozny', 'ingushetia'] },
  { weight: 0.8, words: ['public', 'citizens', 'society', 'multiethnic', 'multifaith', 'at home', 'domestic', 'domestically', 'ordinary russians', 'ordinary', 'regular', 'average', 'population', 'voters', 'russian public', 'public opinion'] },
  { weight: 0.8, words: ['gold', 'metals', 'metal', 'batteries', 'battery', 'lithium', 'minerals', 'rare earths', 'aluminum', 'zinc', 'iron', 'cobalt', 'nickel', 'ore', 'ores'] },
  { weight: 0.7, words: ['shipping', 'goods', 'exports', 'export', 'imports', 'import', 'market', 'markets', 'trade', 'products', 'shipments', 'exporters', 'exporting', 'importing'] },
  { weight: 0.8, words: ['vote', 'veto', 'permanent member', 'security council', 'multilateral', 'multilateral forums', 'seat', 'un seat', 'membership', 'international organizations', 'institutions'] },
  { weight: 0.7, words: ['normal', 'normalize', 'normalizing', 'normalization', 'mainstream', 'accepted', 'acceptance', 'rubber-stamp', 'rubber-stamping', 'rubber stamp', 'whitewash', 'whitewashing', 'validate', 'validating', 'validation', 'green light'] },
  { weight: 0.7, words: ['support', 'supports', 'supported', 'supporting', 'backing', 'backed', 'back', 'backer', 'backers', 'patron', 'patrons', 'sponsor', 'endorse', 'endorsed', 'endorses', 'endorsing', 'endorsement', 'approve', 'approves', 'approved', 'approval', 'condone', 'condones'] },
  { weight: 0.8, words: ['water', 'rivers', 'river', 'dam', 'dams', 'irrigation', 'canal', 'canals', 'amu darya', 'water sharing', 'drought', 'watershed', 'reservoir', 'basin', 'upstream', 'downstream', 'hydroelectric', 'hydropower'] },
  { weight: 0.8, words: ['visit', 'visits', 'visited', 'visiting', 'trip', 'trips', 'fly', 'flew', 'flown', 'delegation', 'delegations', 'summit', 'summits', 'traveled', 'travelled', 'traveling', 'arrived'] },
  { weight: 0.8, words: ['haven', 'havens', 'safe haven', 'safe havens', 'shelter', 'shelters', 'sheltering', 'harbor', 'harbors', 'harboring', 'sanctuary', 'sanctuaries', 'hideout', 'hideouts', 'refuge', 'hiding', 'training camps', 'camps'] },
  { weight: 0.8, words: ['gamble', 'gambling', 'bet', 'bets', 'betting', 'wager', 'high-stakes', 'stakes', 'wrong horse', 'long shot'] },
  { weight: 0.8, words: ['democracy', 'democratic', 'norms', 'international norms', 'rules-based order', 'rulebook', 'international law'] },
  { weight: 0.8, words: ['pivot', 'pivot east', 'turn east', 'eastward', 'look east', 'global south', 'non-western', 'multipolar', 'multipolarity', 'multipolar world', 'new world order', 'africa', 'african', 'latin america', 'developing world', 'developing countries', 'developing nations', 'world order', 'international order', 'global order'] },
  { weight: 0.7, words: ['gradual', 'gradually', 'step by step', 'culmination', 'years in the making', 'in the works', 'sudden', 'suddenly', 'surprise', 'out of nowhere', 'process', 'planned', 'plotted', 'deliberate', 'deliberately', 'calculated', 'series of', 'for ages', 'long time coming', 'fast', 'quick', 'quickly', 'rushed', 'hasty', 'slow', 'slowly', 'long-planned'] },
  { weight: 0.7, words: ['violence', 'violent', 'force', 'by force', 'armed', 'arms', 'weapons', 'weapon', 'guns', 'gun', 'armed struggle', 'militarily'] },
  { weight: 0.8, words: ['neighbors', 'neighbor', 'neighboring', 'neighboring countries', 'neighboring states', 'next door', 'surrounding countries', 'regional countries', 'regional states', 'regional players', 'regional powers'] },
  { weight: 0.8, words: ['mistake', 'mistakes', 'error', 'errors', 'blunder', 'blunders', 'miscalculation', 'misstep', 'backfire', 'backfires', 'backfired', 'blow up in', 'blows up in', 'blew up in', 'blown up in', 'come back to bite', 'comes back to bite', 'bite back', 'shoot itself in the foot', 'shoots itself in the foot', 'shooting itself in the foot', 'shot itself in the foot', 'own goal', 'counterproductive', 'folly', 'misguided', 'unwise', 'missteps', 'gaffe', 'ill-advised', 'shortsighted', 'short-sighted'] },
  { weight: 0.9, words: ['hardline', 'hardliners', 'hardliner', 'hard-line', 'hard-liners', 'hard-liner', 'hard liners', 'hard men', 'hardmen', 'factions', 'faction', 'fringe', 'radical wing', 'extreme wing', 'ultraconservative', 'ultraconservatives', 'fundamentalist', 'fundamentalists', 'hawkish', 'zealots'] },
  { weight: 0.8, words: ['de facto', 'reality', 'realities', 'on the ground', 'facts on the ground', 'pragmatic', 'pragmatism', 'realism', 'realist', 'realpolitik', 'obvious', 'in control', 'run the country', 'runs the country', 'practical', 'practicality'] },
  { weight: 0.8, words: ['minority', 'minorities', 'religious minorities', 'ethnic minorities', 'hazara', 'hazaras', 'shia', 'shiite', 'shiites', 'sikhs', 'hindus', 'pashtun', 'pashtuns', 'ethnic'] },
  { weight: 0.8, words: ['broker', 'power broker', 'mediator', 'mediate', 'mediation', 'go-between', 'dealmaker', 'intermediary', 'bridge', 'facilitator', 'facilitation', 'mediating', 'mediators', 'mediated'] },
  { weight: 0.8, words: ['strategist', 'strategists', 'insider', 'insiders', 'thinker', 'thinkers', 'think tank', 'think tanks', 'adviser', 'advisers', 'advisor', 'advisors', 'policy circles', 'ideologues', 'spin doctors', 'wonk', 'wonks', 'policy wonks'] },
  { weight: 0.8, words: ['masterstroke', 'master stroke', 'stroke of genius', 'genius', 'brilliant', 'shrewd', 'clever', 'savvy', 'masterful', 'astute', 'cunning', 'crafty', 'craftily', 'smart move', 'clever move', 'shrewd move', 'chess move', '4d chess', 'big brain', 'galaxy brain', 'genius move'] },
  { weight: 0.8, words: ['revival', 'revive', 'revived', 'reviving', 'recovery', 'recover', 'recovering', 'rebound', 'back on its feet', 'back on their feet', 'turnaround', 'turn around', 'reconstruction', 'rebuild', 'rebuilding'] },
  { weight: 0.9, words: ['supreme leader', 'akhundzada'] },
  { weight: 0.9, words: ['ttp', 'tehrik-i-taliban', 'tehrik-i-taliban pakistan', 'tehrik-e-taliban', 'tehreek-e-taliban', 'pakistani taliban'] },
  { weight: 0.9, words: ['take over', 'took over', 'taken over', 'takeover', 'seize power', 'seized power', 'seizing power', 'return to power', 'returned to power', 'reconquest', 'retaking power', 'came to power', 'come to power', 'rise to power', 'in power', 'in charge', 'back in charge', 'fall of kabul', 'took kabul', 'take kabul', 'taking kabul', 'retook kabul', 'retake kabul', 'seized kabul', 'captured kabul', 'grab power', 'grabbed power', 'power grab', 'seize the capital', 'grab the capital', 'take the capital', 'took the capital', 'taking the capital', 'conquest', 'conquered', 'overran', 'seizure', 'seize control', 'seized control', 'seizing control', 'took control', 'take control', 'taken control', 'gained control', 'established its rule', 'established their rule', 'rule over', 'ruled over'] },
  { weight: 0.7, words: ['change', 'changes', 'changed', 'difference', 'made possible', 'makes possible', 'make possible', 'possible', 'allows', 'allow', 'allowing', 'enable', 'enables', 'unlock', 'unlocks', 'pave the way', 'paving the way', 'open the door', 'opens the door', 'altering', 'alter', 'reshaping', 'reshape'] },
  { weight: 0.8, words: ['commitments', 'commitment', 'promises', 'promise', 'promised', 'pledges', 'pledge', 'pledged', 'assurances', 'keep their word', 'keep its word', 'kept their word', 'kept its word', 'side of the bargain', 'hold up their end', 'hold up its end', 'deliver', 'delivering', 'delivered', 'live up to', 'follow through', 'track record'] },
  { weight: 0.9, words: ['ousted', 'oust', 'ouster', 'overthrow', 'overthrown', 'overthrew', 'toppled', 'topple', 'toppling', 'deposed', 'removed from power', 'driven from power', 'driven out', 'kicked out', 'thrown out', 'booted out', 'fall of the taliban'] },
  { weight: 0.8, words: ['formed', 'founded', 'founding', 'emerged', 'emergence', 'coalesced', 'origins', 'first appeared', 'sprang up', 'came about', 'come about', 'born'] },
];

/**
 * Chat shorthand → the word it stands for, read before anything else: "ru" is Russia, "govts" are
 * governments. Only shorthand whose meaning is not in doubt in a talk about this story.
 */
export const SHORTHAND = new Map<string, string>(Object.entries({
  ru: 'russia', rus: 'russia', ruski: 'russian', ruskies: 'russians', rossiya: 'russia',
  govt: 'government', govts: 'governments', gov: 'government', govs: 'governments', gvt: 'government',
  admin: 'administration', intl: 'international', natl: 'national', econ: 'economy', econs: 'economics',
  mil: 'military', dept: 'department', pres: 'president', prez: 'president',
  afg: 'afghanistan', afgh: 'afghanistan', stan: 'stans',
  // Country codes as sports fans and chat use them ("ind vs pak").
  pak: 'pakistan', ind: 'india', cn: 'china', uzb: 'uzbekistan', taj: 'tajikistan', kaz: 'kazakhstan', kgz: 'kyrgyzstan', tkm: 'turkmenistan',
  mfa: 'foreign ministry', fm: 'foreign minister', nums: 'numbers', num: 'number', cud: 'could', wud: 'would', shud: 'should',
  // People the articles know only by their title.
  lavrov: 'foreign minister',
  talibs: 'taliban', talib: 'taliban', tbn: 'taliban', reaxn: 'reaction', rxn: 'reaction', reax: 'reactions', shuravi: 'soviets', ct: 'counter terrorism', isisk: 'iskp', uk: 'britain', brits: 'british',
  '90s': '1990s', '80s': '1980s', nineties: '1990s', eighties: '1980s',
  thru: 'through', tho: 'though', w: 'with', n: 'and', b4: 'before', bout: 'about', abt: 'about',
  smth: 'something', sth: 'something', smthn: 'something', tryna: 'trying', ppl: 'people', peeps: 'people',
  bestie: 'friend', besties: 'friends', bff: 'friend', bffs: 'friends', bestfriend: 'friend', buddy: 'friend', pal: 'friend', pals: 'friends',
  legit: 'legitimate', recog: 'recognition',
  info: 'information', convo: 'conversation', diff: 'different', rly: 'really', srsly: 'seriously',
  prolly: 'probably', probs: 'probably', def: 'definitely', wat: 'what', wut: 'what', y: 'why',
  "u'll": 'you', "u're": 'you', cos: 'because', coz: 'because', cuz: 'because', bc: 'because',
  yrs: 'years', yr: 'year', mins: 'minutes', km: 'kilometers',
}));

/** Politeness and chat filler: how a question is typed, never what it is about. */
export const CHAT_FILLER = 'please pls plz thanks thank thx ty lol lmao lmfao rofl tbh ngl fr bro bruh dude hey hi hello ok okay yeah yes nah idk imo imho btw smh omg wtf ikr iirc afaik fwiw tbf jk nvm'.split(' ');

/** Words that shape a question but say nothing about its subject. Compared after case folding. */
export const STOPWORDS = new Set([
  ...CHAT_FILLER,
  ...`a about above after again against all also am an and any are aren't as at be because been before
  being below between both but by can can't cannot could couldn't did didn't do does doesn't doing
  don't down during each few for from further had hadn't has hasn't have haven't having he he'd he'll
  he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't
  it it's its itself let's me more most mustn't my myself no nor not of off on once only or other
  ought our ours ourselves out over own same shan't she she'd she'll she's should shouldn't so some
  such than that that's the their theirs them themselves then there there's these they they'd
  they'll they're they've this those through to too under until up very was wasn't we we'd we'll
  we're we've were weren't what what's when when's where where's which while who who's whom why why's
  with won't would wouldn't you you'd you'll you're you've your yours yourself yourselves
  will just yet still even ever really actually basically anyway anyways
  tell explain describe show give know let us get got gonna wanna
  gotta kinda sorta like u ur r thing things stuff lot lots much many
  something anything everything someone anyone whatever whoever whichever happen happened happens
  happening mean means meant exactly quite rather maybe perhaps probably whether way ways bit
  deal going go goes went come came make made makes say says said think thinks thought
  else other others guys folks anybody somebody stuff rn ya
  yall y'all bc cuz tho huh hmm um uh wow inside outside within across around among upon onto
  toward beyond near again whats hows whos whys wheres thats dont doesnt didnt isnt arent wasnt
  werent wont cant couldnt wouldnt shouldnt im ive youre theyre theres lets enough worth
  everyone everybody everything nobody noone none
  one ones another vs versus via per etc did does done doing since ago until till unless although whereas
  may might must shall already
  according commentator commentators writer writers author authors article articles piece pieces
  coverage outlet outlets analyst analysts expert experts observer observers pundit pundits
  consider considers considered regard regarded reckon reckons suggest suggests argue argues
  steelman strawman proposition rebuttal counterargument counterarguments accurate accurately
  true false correct incorrect confirm verify fact-check factcheck debunk someone posted quoted
  mention mentions mentioned evidence proof prove claim claims claimed claiming photo photos picture
  video screenshot need needs named line lines quote quotes graf grafs lede kicker caption sourcing
  best anything per
  tf af asf lowkey highkey irl ofc ig idc
  tldr wdym istg fyi pretty totally honestly seriously definitely literally lil
  sure kind sort bunch type types whole real vibe vibes stuff anyway alright right
  various particular particularly especially specifically notably ultimately overall respectively
  role roles play plays played attribute attributes attributed extent degree aspect aspects now though
  mostly mainly largely primarily simply actual bullet bullets list lists matter matters supposed
  saying cite cites cited citable citeable quotable source sources`.split(/\s+/).filter(Boolean),
]);

/** Words that say which facet a question asks about. They shape ranking, not what must match. */
export const FACET_QUESTION_CUES: Record<'drivers' | 'risks' | 'reactions', string[]> = {
  drivers: [
    'why', 'motive', 'motives', 'motivation', 'motivations', 'motivated', 'motivate', 'reason',
    'reasons', 'reasoning', 'driver', 'drivers', 'drive', 'drove', 'driven', 'goal', 'goals', 'aim',
    'aims', 'interest', 'interests', 'benefit', 'benefits', 'gain', 'gains', 'want', 'wants', 'wanting', 'hoping', 'seeking',
    'wanted', 'seek', 'seeks', 'purpose', 'rationale', 'agenda', 'endgame', 'incentive',
    'incentives', 'objective', 'objectives', 'strategy', 'strategic', 'calculus', 'advantage',
    'advantages', 'payoff', 'upside', 'point', 'hope', 'hopes', 'expect', 'expects', 'plan', 'plans',
    'behind', 'cause', 'caused', 'prompted', 'trying', 'try', 'tries', 'motivator', 'logic',
  ],
  risks: [
    'risk', 'risks', 'risky', 'danger', 'dangers', 'dangerous', 'downside', 'downsides', 'threat',
    'threats', 'threaten', 'backfire', 'backfires', 'consequence', 'consequences', 'cost', 'costs',
    'problem', 'problems', 'wrong', 'fallout', 'pitfall', 'pitfalls', 'harm', 'harmful', 'worry',
    'worries', 'worried', 'blowback', 'peril', 'drawback', 'drawbacks', 'bad', 'fail', 'failure',
    'mistake', 'blunder', 'gamble', 'concern', 'concerns', 'concerned', 'implications', 'impact',
    'affect', 'affects', 'hurt', 'hurts', 'blow', 'damage', 'trouble', 'jeopardize', 'undermine',
    'mess', 'messy', 'unstable', 'stable', 'safe', 'unsafe', 'hit', 'dangers', 'precedent',
    'worse', 'worsen', 'wreck', 'ruin', 'ruins', 'dumb', 'stupid', 'naive', 'reckless', 'chaos',
    'afraid', 'scared', 'fear', 'fears', 'vulnerable', 'exposed', 'sweating', 'nervous', 'vulnerability',
    'shaky', 'dependable', 'reliable', 'unreliable', 'credible', 'jeopardize', 'jeopardise', 'collapse', 'collapses',
    'burn', 'burned', 'burnt', 'catch', 'snag', 'snags', 'tradeoff', 'tradeoffs',
  ],
  reactions: [
    'react', 'reacted', 'reaction', 'reactions', 'respond', 'responded', 'response', 'responses',
    'view', 'views', 'viewed', 'stance', 'position', 'positions', 'opinion', 'welcome', 'welcomed',
    'criticize', 'criticized', 'condemn', 'condemned', 'oppose', 'opposed', 'feel', 'feels',
    'reply', 'replied', 'answer', 'answered', 'backlash', 'greet', 'greeted', 'stand', 'stands',
    'attitude', 'approve', 'approved', 'object', 'objected', 'follow', 'suit', 'others', 'world',
    'countries', 'capitals', 'neighbors', 'neighbours', 'community', 'received', 'reception', 'watching',
    'watch', 'protest', 'protesting', 'protests', 'happy', 'angry', 'upset', 'pleased', 'angle',
    'thrilled', 'mad', 'agree', 'agreed', 'agrees', 'disagree', 'disagreed', 'see', 'sees', 'seen', 'perceive', 'perceived', 'perception',
  ],
};
