"""The connection-note check: LinkedIn's limits, no request for time in a first note (in
English and French, by phrases: no false alarm on "call stack"), no placeholder left."""

import pytest

from networkjournal.core.outreach import (
    ASKS_FOR_TIME,
    NO_HOOK,
    PLACEHOLDER_LEFT,
    TOO_LONG,
    TOO_LONG_FOR_FREE,
    asks_for_time,
    check_connection_note,
    has_hook,
)


def test_a_short_personal_note_passes():
    note = ("Congratulations on the IPO! I'm a backend engineer following Qonto's payments "
            "work and would love to connect.")
    assert check_connection_note(note).problems == ()


def test_length_limits_of_free_and_premium_accounts():
    hooked = "Congrats on the launch! "
    assert check_connection_note(hooked + "x" * (200 - len(hooked))).problems == ()
    assert check_connection_note(hooked + "x" * (201 - len(hooked))).problems == (
        TOO_LONG_FOR_FREE,)
    assert check_connection_note(hooked + "x" * (301 - len(hooked))).problems == (TOO_LONG,)
    assert check_connection_note("  hello  ").length == 5


ASKS = [
    # English
    "Could we grab a coffee next week?",
    "Do you have 15 minutes for a call?",
    "I'd love to pick your brain",
    "Would you be open to a quick call?",
    "Maybe we could hop on a Zoom sometime?",
    "Happy to buy you a coffee if you're around Station F.",
    "Coffee chat sometime this month?",
    "Could I steal 20 minutes of your time?",
    "Let's meet when you're in Lyon.",
    "Would love to chat about your move to Datadog.",
    "Can we schedule a short call?",
    "A virtual coffee would be great.",
    "Any chance to catch up over coffee?",
    "Could we set up a meeting to discuss the role?",
    "I'd like to meet up sometime to hear about the team.",
    "A few minutes to chat would mean a lot.",
    "Open to a 30-minute call next week?",
    "Fancy grabbing lunch together sometime?",
    "Would a brief chat be possible?",
    "Could we talk next week about your path?",
    # French
    "On pourrait prendre un café la semaine prochaine ?",
    "Ça vous dirait d'en parler autour d'un verre ?",
    "Auriez-vous 15 minutes pour un appel ?",
    "On pourrait échanger en visio ?",
    "Je serais ravi de vous rencontrer.",
    "Un petit appel cette semaine ?",
    "Pourrait-on se voir à Paris ?",
    "Auriez-vous un peu de votre temps pour moi ?",
    "J'aimerais échanger de vive voix avec vous.",
    "Déjeuner ensemble un de ces jours ?",
    "Un café ensemble bientôt ?",
    "Pourrions-nous s’appeler jeudi ?",
    "Quelques minutes par téléphone ?",
    "Autour d’un café, si vous avez le temps.",
    "Would you be up for a chat?",
    "Open to a conversation about your team?",
    "Could we hop on the phone next week?",
    "Do you have 20 min?",
    "Auriez-vous 15 min ?",
    "Je serais ravi d'échanger avec vous.",
    "Un call rapide cette semaine ?",
    "Pourrait-on prendre rendez-vous ?",
]

NOT_ASKS = [
    # English
    "I work on the call stack profiler at Datadog.",
    "Your team's new chat feature is great.",
    "I read your meeting notes template on Notion.",
    "Loved your talk on Rust at the meetup.",
    "Congratulations on the Series B!",
    "I'm a backend engineer who follows your work on payments.",
    "Your post on coffee roasting made me smile.",
    "Thanks for answering my call for papers question.",
    "I use your Zoom SDK integration every day.",
    "Your ChatGPT plugin demo was impressive.",
    "We both studied at INSA Lyon.",
    "I enjoyed your article on observability.",
    "Saw you are hiring SREs: congrats on the growth.",
    "Your open-source scheduler saved me hours.",
    "Great keynote at Devoxx this year.",
    "Your chatbot UX thread was spot on.",
    "I met your colleague Ana at the meetup.",
    "Your company's meeting-room booking app is clever.",
    # French
    "Bravo pour la levée de fonds !",
    "J'ai adoré votre talk sur Kubernetes au meetup.",
    "Votre projet appelé Atlas m'intéresse beaucoup.",
    "Je travaille aussi sur la pile d'appels du noyau.",
    "Félicitations pour votre nouveau poste chez Alan.",
    "Votre article sur le café de spécialité est passionnant.",
    "J'ai lu vos notes de réunion publiées sur le blog.",
    "Nous avons étudié dans la même école.",
    "Votre équipe recrute : bravo pour la croissance.",
    "La rencontre annuelle de la communauté était top.",
    "Votre verre réutilisable est une belle idée produit.",
    "Votre visio-guide pour les nouveaux arrivants est clair.",
    "Je suis ingénieur backend et je suis votre travail.",
    "Votre talk à Devoxx France m'a beaucoup appris.",
    "Loved your talk this week at PyCon.",
    "Your talk soon at DevFest looks great.",
    "Glad to meet you at the meetup yesterday.",
    "Great to finally meet in person at VivaTech.",
    "Your post is a call to action for every team.",
    "I answered your call for speakers.",
    "Your thread on virtual meeting fatigue was spot on.",
    "You took the build from 40 minutes to 5 minutes.",
    "Votre conférence en visio hier était passionnante.",
    "Votre talk de 20 minutes était très clair.",
]


@pytest.mark.parametrize("note", ASKS)
def test_a_request_for_time_is_flagged(note):
    assert asks_for_time(note), note
    assert ASKS_FOR_TIME in check_connection_note(note).problems


@pytest.mark.parametrize("note", NOT_ASKS)
def test_no_false_alarm_on_words_that_are_not_asks(note):
    assert not asks_for_time(note), note


def test_the_tables_are_large_enough():
    assert len(ASKS) >= 30 and len(NOT_ASKS) >= 30


def test_a_placeholder_left_in_the_note_is_flagged():
    assert PLACEHOLDER_LEFT in check_connection_note("Hi {first_name}, congrats!").problems
    assert check_connection_note("Hi Ana, congrats!").problems == ()


HOOKED = [
    "Congrats on the Series B, Ana!",
    "Loved your talk on Postgres indexes at PyCon.",
    "Marc suggested I write to you about the platform team.",
    "We met at the Rust meetup last Thursday.",
    "I read the post you wrote on on-call rotations.",
    "We both studied at INSA Lyon.",
    "Félicitations pour votre nouveau poste chez Alan !",
    "J'ai lu ton article sur les migrations sans interruption.",
    "Nous nous sommes croisés au meetup Python de Lyon.",
    "Claire m'a conseillé de vous écrire.",
    "Nous avons la même école en commun.",
    "Bravo pour la levée de fonds !",
]
NO_HOOKS = [
    "I'd like to add you to my professional network on LinkedIn.",
    "Hi Ana, I'm Léa, a software engineer. I'd love to connect.",
    "Hello, I am looking for new opportunities and would like to join your network.",
    "Looking to expand my network in fintech.",
    "J'aimerais vous inviter à rejoindre mon réseau professionnel.",
    "Bonjour, je suis développeuse backend et je souhaite élargir mon réseau.",
    "Bonjour Ana, je cherche un poste et j'aimerais rejoindre votre réseau.",
]


@pytest.mark.parametrize("note", HOOKED)
def test_a_note_about_them_has_a_hook(note):
    assert has_hook(note), note
    assert NO_HOOK not in check_connection_note(note).problems


@pytest.mark.parametrize("note", NO_HOOKS)
def test_a_note_only_about_the_writer_is_told_it_has_no_hook(note):
    assert not has_hook(note), note
    assert NO_HOOK in check_connection_note(note).problems


def test_no_hook_advice_on_an_empty_note_nor_twice_for_a_hook_placeholder():
    assert check_connection_note("   ").problems == ()
    assert check_connection_note("Hi Ana, {hook} I'm Léa.").problems == (PLACEHOLDER_LEFT,)
