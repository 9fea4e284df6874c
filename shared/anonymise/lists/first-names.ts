/**
 * First names common in the Netherlands, written for this project: Dutch and Frisian
 * names of every generation (including the short forms people go by), and names common
 * among Dutch people of Turkish, Moroccan, Surinamese, Antillean, Indonesian, Syrian,
 * Eritrean, Somali, Afghan, Polish and Ukrainian descent. Folded (lowercase, no accents).
 * A capitalised word on this list is evidence of a person: "Kees de Boer" is a name even
 * though "boer" is a word. Names that are also ordinary words ("Roos", "Ben", "Wil") are
 * on this list too, but `FIRST_NAMES_ALSO_WORDS` keeps them from counting at the start
 * of a sentence, where the capital says nothing.
 */
// prettier-ignore
export const FIRST_NAMES: readonly string[] = [
  // women
  'aafke', 'aagje', 'aaltje', 'adriana', 'agnes', 'aleida', 'alida', 'aline', 'amber', 'amy', 'angela', 'angelique',
  'anita', 'anja', 'anke', 'anna', 'anne', 'anneke', 'anne-marie', 'annelies', 'annemarie', 'annemieke', 'annet',
  'annette', 'anouk', 'antje', 'astrid', 'barbara', 'bea', 'beatrix', 'bep', 'berber', 'bernadette', 'bertha',
  'bianca', 'birgit', 'brenda', 'bregje', 'britt', 'carla', 'carin', 'carolien', 'caroline', 'cato', 'charlotte',
  'chantal', 'christa', 'cindy', 'claudia', 'cor', 'corine', 'corrie', 'daphne', 'debora', 'demi', 'diana', 'dieuwke',
  'dineke', 'dini', 'doortje', 'dora', 'ellen', 'elly', 'els', 'elise', 'elisabeth', 'elke', 'ellis', 'emma', 'esmee',
  'esther', 'eva', 'evelien', 'fenna', 'femke', 'fenne', 'fleur', 'floor', 'frederique', 'froukje', 'gea', 'geertje',
  'geesje', 'gerda', 'gerdien', 'gerrie', 'gerritje', 'gonnie', 'greet', 'greetje', 'grietje', 'hanna', 'hannie',
  'hanneke', 'harmke', 'heleen', 'helga', 'hendrika', 'henny', 'hester', 'hilde', 'hilda', 'ilse', 'inge', 'ingrid',
  'ineke', 'irene', 'iris', 'isa', 'ivonne', 'jacqueline', 'janneke', 'janna', 'jannie', 'jantine', 'jasmijn', 'jeanet',
  'jeannette', 'jenny', 'jet', 'jetske', 'jikke', 'joke', 'jolanda', 'jolien', 'josien', 'judith', 'julia', 'juliette',
  'karin', 'karen', 'katja', 'kim', 'klaske', 'lara', 'laura', 'lea', 'lieke', 'lies', 'liesbeth', 'lieve', 'linda',
  'lisa', 'lisanne', 'loes', 'lotte', 'lucia', 'lydia', 'maaike', 'madelief', 'manon', 'margreet', 'margriet', 'maria',
  'marianne', 'marieke', 'marielle', 'marijke', 'marion', 'marjan', 'marjolein', 'marleen', 'marloes', 'martha',
  'martine', 'mieke', 'mien', 'miranda', 'mirjam', 'monique', 'myrthe', 'nadia', 'natasja', 'nicole', 'nienke',
  'nina', 'noortje', 'nynke', 'patricia', 'paula', 'petra', 'pien', 'rianne', 'riet', 'rika', 'rina', 'rita',
  'romy', 'roos', 'rosa', 'ruth', 'sabine', 'sandra', 'sanne', 'sara', 'saskia', 'sietske', 'simone', 'sjoukje',
  'sofie', 'sophie', 'stephanie', 'suzanne', 'sylvia', 'tamara', 'tanja', 'tineke', 'tiny', 'trees', 'truus', 'ursula',
  'vera', 'veerle', 'wendy', 'wilma', 'ria', 'ans', 'marja', 'tonnie', 'gonda', 'hetty', 'jolien', 'dinie', 'ank', 'willemijn', 'wilhelmina', 'wies', 'yvonne', 'yvette', 'zoe',
  // men
  'aart', 'abe', 'adrie', 'adriaan', 'albert', 'alex', 'alexander', 'anton', 'antoon', 'arend', 'arie', 'arjan',
  'arjen', 'arnold', 'arno', 'aron', 'auke', 'bart', 'bas', 'bastiaan', 'ben', 'benno', 'bernard', 'bert', 'bertus',
  'bjorn', 'bob', 'boudewijn', 'bram', 'bruno', 'casper', 'cees', 'chris', 'christiaan', 'coen', 'cornelis', 'daan',
  'daniel', 'david', 'dennis', 'derk', 'dick', 'dirk', 'dolf', 'douwe', 'edwin', 'eelco', 'egbert', 'erik', 'ernst',
  'evert', 'ewout', 'frank', 'frans', 'freek', 'frits', 'gerard', 'gerben', 'gerrit', 'gert', 'gijs', 'gijsbert',
  'guus', 'hans', 'harm', 'harrie', 'harry', 'hein', 'hendrik', 'henk', 'henri', 'herman', 'hidde', 'hugo', 'huub',
  'ids', 'ivo', 'jaap', 'jacob', 'jacques', 'jan', 'jan-willem', 'jannes', 'jasper', 'jelle', 'jelmer', 'jeroen',
  'jesse', 'job', 'joep', 'johan', 'johannes', 'jorn', 'joost', 'jos', 'joris', 'jouke', 'jurgen', 'justin',
  'kees', 'klaas', 'koen', 'koos', 'kors', 'lars', 'laurens', 'leo', 'leon', 'leendert', 'lex', 'lucas', 'luuk',
  'maarten', 'marc', 'marcel', 'marco', 'marius', 'mark', 'martijn', 'martin', 'mathijs', 'matthijs', 'maurits',
  'max', 'menno', 'michiel', 'mick', 'milan', 'nick', 'niek', 'niels', 'olaf', 'otto', 'paul', 'peter', 'piet',
  'pieter', 'pim', 'quinten', 'rob', 'robert', 'robin', 'roel', 'rogier', 'ron', 'ronald', 'roy', 'ruben', 'rudi',
  'rutger', 'ruud', 'sander', 'sebastiaan', 'siebe', 'sjaak', 'sjoerd', 'stefan', 'stijn', 'sven', 'teun', 'theo',
  'thijs', 'thomas', 'tijmen', 'tim', 'tjeerd', 'tom', 'ton', 'twan', 'vincent', 'wessel', 'wiebe', 'willem',
  'wim', 'wouter', 'wout', 'wybren', 'ype', 'karel', 'jeroen', 'harold', 'gerhard', 'wilfried', 'erwin', 'rené', 'rene',
  'henry', 'hennie', 'johnny', 'jordy', 'kai', 'levi', 'noah', 'sem', 'finn', 'daan', 'bram', 'thijmen', 'gerjan',
  // names common among Dutch people of other descent
  'abdel', 'abdelkader', 'abdullah', 'abdi', 'achmed', 'ahmed', 'ahmet', 'aisha', 'ali', 'amina', 'amir', 'anand',
  'anastasia', 'anil', 'asha', 'aylin', 'ayse', 'aziz', 'bilal', 'burak', 'can', 'cem', 'deniz', 'dewi', 'dilan',
  'elif', 'emine', 'emre', 'esra', 'fatima', 'fatma', 'farid', 'gulsen', 'hakan', 'hamid', 'hanan', 'hasan', 'hatice',
  'hussein', 'ibrahim', 'ilham', 'imane', 'ismail', 'jamal', 'karim', 'khadija', 'latifa', 'leila', 'mariam',
  'mehmet', 'merve', 'mohamed', 'mohammed', 'mustafa', 'naima', 'nora', 'omar', 'omer', 'oksana', 'olena',
  'olga', 'priya', 'rachid', 'rajesh', 'rashid', 'samira', 'selin', 'sevda', 'soufiane', 'sunita', 'tariq', 'tomasz',
  'vikram', 'wojciech', 'yasmina', 'yusuf', 'youssef', 'zeynep', 'zainab', 'zaid', 'dmytro', 'natalia', 'katarzyna',
  'piotr', 'agnieszka', 'andriy', 'iryna', 'yulia', 'mehdi', 'nasrin', 'farah', 'ahmad', 'mahmoud', 'rania', 'yonas',
  'senait', 'tesfay', 'hodan', 'abdirahman', 'faisal', 'soraya', 'winston', 'roshni', 'kavita', 'ravi', 'shanti',
  'glenn', 'sharon', 'kevin', 'jennifer', 'said', 'yassin', 'mounir', 'hamza', 'ayoub', 'anouar', 'driss', 'mimoun',
  'khalid', 'nordin', 'reda', 'redouan', 'mohammed-amine', 'ilias', 'adam', 'ayoub', 'ibtissam', 'loubna', 'souad',
  'malika', 'hafsa', 'salma', 'yasmine', 'noura', 'sanae', 'hind', 'kenza', 'oumaima', 'zakaria', 'bilal', 'mehmet-ali',
  'huseyin', 'osman', 'murat', 'kemal', 'orhan', 'serkan', 'volkan', 'gokhan', 'ozlem', 'filiz', 'songul', 'nurten',
  'hamid', 'reza', 'ali-reza', 'mahnaz', 'parisa', 'shirin', 'dawit', 'filmon', 'merhawi', 'semhar', 'luwam', 'yohannes',
  'andrzej', 'krzysztof', 'marek', 'pawel', 'joanna', 'magdalena', 'ewa', 'anna-maria', 'ivan', 'oleksandr', 'serhiy',
  'tetiana', 'svitlana', 'kateryna', 'mykola', 'viktor', 'natasha', 'ludmila', 'radu', 'mihai', 'elena', 'georgi',
];

/**
 * First names that are also ordinary Dutch words or function words. At the start of a
 * sentence they are not evidence of a person ("Ben je er?", "Wil je…", "Bas" the
 * instrument, "Roos" the flower); mid-sentence with a capital they still are.
 */
// prettier-ignore
export const FIRST_NAMES_ALSO_WORDS: readonly string[] = [
  'ben', 'wil', 'mag', 'bas', 'roos', 'kim', 'mark', 'frank', 'floor', 'job', 'hein', 'pim', 'mien', 'jet', 'can',
  'cor', 'lies', 'wies', 'rob', 'tim', 'dick', 'bob', 'tom', 'ton', 'ron', 'max', 'lex', 'iris', 'ids', 'arend',
  'koos', 'lieve', 'amber',
];
