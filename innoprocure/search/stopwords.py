"""Function words left out of the index, per language, in folded form (lower case, no accents).

Kept short on purpose: only words that occur in almost every text and never carry the meaning of a search.
Words that are also content words in another supported language ("war", "die", "per", "con", "van") are
left in, because a query is matched against documents of every language.
"""

STOPWORDS = {
    "en": """a an and are as at be been but by for from had has have he her his if in into is it its of on or our
        she so than that the their them then there these they this those to was we were which who will with would
        you your""",
    "de": """aber als am an auch auf aus bei bin bis bist das dass dem den der des dich dir du ein eine einem einen
        einer eines er es fur hat hatte ich ihr ihre im in ist mit nach nicht noch oder sich sie sind so uber um und
        uns vom von vor wie wir wird zu zum zur""",
    "fr": """au aux avec ce ces dans de des du elle en est et il ils je la le les leur lui mais me meme mes nous
        ou par pas pour qu que qui sa se ses son sont sur ta te tes toi ton tu un une vos votre vous""",
    "es": """al como de del el ella ellos en es esta este esto fue ha hay la las le les lo los mas me mi no nos
        os para pero por que se sin sobre su sus te tu un una uno unos y ya""",
    "it": """agli ai al alla alle allo che ci coi col come da dagli dai dal dalla dalle degli dei del della delle
        dello di e gli ha ho il la le lo ma mi ne negli nei nel nella nelle non o si sono su sua sue sui sul sulla
        suo tra un una uno""",
    "nl": """aan al bij dat de der deze dit die door een en er hem het hij hun in is je maar naar niet nog of
        om ook op te tot uit was wat wel werd wij zal ze zich zij zijn""",
    "el": """και να το τα της των τον την η ο οι του στο στη στην στον στα στις στους σε με για απο που
        θα δεν μη ως ενα ενας μια αυτο αυτη αυτα ειναι""",
    "pt": """as ao aos com da das de do dos e ela ele em entre era esta este foi ha isso mais mas na nas no nos
        o os ou para pela pelas pelo pelos por que se sem ser seu sua suas seus um uma umas uns""",
}

STOPWORDS = {language: frozenset(words.split()) for language, words in STOPWORDS.items()}

# Question and filler words of a query typed as a question ("how do I run a market consultation"): dropped from
# queries (unless nothing else is left), not from the index. Only words that never carry a search's meaning.
QUESTION_WORDS = frozenset(
    """how what which where when why who whom whose do does did can could should would might must shall
    i me my we us something anything please tell explain
    wie was welche welcher welches wo wann warum wer kann konnen muss soll mache machen
    comment quoi quel quelle quels quelles ou quand pourquoi qui peut peux puis dois faut faire on
    como que cual cuales donde cuando quien puedo puede debo hacer
    cosa quale quali dove quando perche chi posso puo devo
    hoe wat welke waar wanneer waarom wie kan moet doe doen ik
    πως τι ποιο ποια που ποτε γιατι
    onde quando porque quem posso pode devo fazer""".split()
)

# Verbs of a how-to question ("how do I run …", "wie erstelle ich …"): dropped only from a query that has a
# question word, where they say what to do, not what to find.
TASK_VERBS = frozenset(
    """run organise organize conduct carry out start set up prepare write use apply launch plan manage handle choose
    find get make create involve
    organisiere organisieren durchfuhren erstelle erstellen starte starten nutze nutzen finde finden
    organiser organise realiser mener lancer preparer rediger utiliser trouver
    organizar realizar llevar preparar redactar utilizar usar encontrar
    organizzare condurre preparare scrivere usare utilizzare trovare
    organiseren uitvoeren opstellen gebruiken vinden""".split()
)
