"""The four sample stories, from seeds 001 (feature), 002 (feature with dateline, subheads,
byline and SDGs), 003 (press release) and 004 (the situation, with a list and a footnote)."""

from __future__ import annotations

from mediakit.model import (
    Block,
    BlockKind,
    Dateline,
    Span,
    Story,
    StoryKind,
    bullets,
    paragraph,
    photo_slot,
    quote,
    subhead,
)

STORY_001 = Story(
    id=1,
    title="Serving Hope: A Venezuelan Doctor Finds Sanctuary in Peru",
    kind=StoryKind.FEATURE,
    standfirst="After years of side jobs in a border town, a Venezuelan traumatologist is "
    "practising medicine again – in a private clinic in Tacna.",
    dateline=Dateline("Tacna, Peru"),
    body=(
        paragraph(
            "“The opportunity to serve as a doctor feels like nothing short of a miracle,” "
            "said Jesus, a Venezuelan traumatologist."
        ),
        paragraph(
            "The turmoil his country has been facing, however, prevented him from thriving "
            "in his chosen profession. When Jesus learned that he was going to become a "
            "father, he immediately began planning to make his dream for a stable future "
            "become reality – in nearby Peru."
        ),
        paragraph(
            "Peru has the second-largest population of Venezuelan migrants and refugees in "
            "the region, hosting 1.5 million of the 7.7 million Venezuelans who have left "
            "the country in recent years due to the country’s ongoing social and economic "
            "crisis."
        ),
        paragraph(
            "Many qualified professionals, including nurses, physical therapists, and "
            "physicians, although having highly sought-after skills have occasionally faced "
            "administrative barriers that have made it difficult for them to practice in "
            "their host country."
        ),
        paragraph(
            "That was the case for Jesus who arrived in Tacna, a bustling border town "
            "between Peru and Chile, in 2018. When Jesus arrived, he was unable to validate "
            "his medical license, a time-consuming and expensive process that can take up "
            "to a year and a half to complete. Undeterred, he worked a variety of side jobs "
            "to save up enough money to complete the validation process."
        ),
        Block(
            BlockKind.PARAGRAPH,
            (
                Span("The "),
                Span("International Organization for Migration", href="https://www.iom.int"),
                Span(
                    " (IOM) helps migrants to integrate into their new surroundings, including by "
                    "providing support to validate professional degrees. Jesus received such "
                    "assistance from IOM and is now "
                ),
                Span("happily employed", italic=True),
                Span(" in a private clinic in Tacna."),
            ),
        ),
        photo_slot(1),
        paragraph(
            "“What I make here enables me to live a far better life than in Venezuela,” he said."
        ),
        paragraph(
            "The clinic has turned into a cultural melting pot, with many Venezuelan doctors "
            "treating both Peruvians and Chileans. The collaboration between Venezuelan and "
            "Peruvian doctors here exemplifies camaraderie across cultures."
        ),
        paragraph(
            "Jesus considers himself lucky to have finally found a place where he can freely "
            "practice medicine and thrive."
        ),
        quote(
            "To me, this is like a dream come true. We, the doctors, bring a lot of knowledge "
            "to this country.",
            attribution="Jesus, Venezuelan traumatologist",
        ),
        paragraph(
            "His melodic Venezuelan accent, a reminder of his roots, comforts his patients, "
            "even amidst discussions of surgeries and difficult treatments."
        ),
        paragraph(
            "As Jesus reflects on his journey, he acknowledges that his homeland will always "
            "have his heart."
        ),
        paragraph(
            "“I left Venezuela, but I did not forget it. However, working in this clinic "
            "allows me to do what I have spent my entire life dreaming about doing, "
            "surrounded by a group of extraordinary professionals.”"
        ),
        photo_slot(2),
    ),
    tags=("Health", "Labour mobility", "Integration"),
    sdgs=(3, 8, 10),
)

STORY_002 = Story(
    id=2,
    title="Venezuelan Doctors Bring Critical Skills to Peru’s Emergency Rooms",
    kind=StoryKind.FEATURE,
    standfirst="A training programme backed by IOM and Peru’s Health Ministry puts Venezuelan "
    "health workers back where they are needed most: on the front line of emergency care.",
    dateline=Dateline("Lima, Peru"),
    byline="Gema Cortes, IOM Media and Communications Unit, Office of the Special Envoy for the "
    "Regional Response to the Venezuela Situation",
    body=(
        paragraph(
            "In the bustling emergency unit of Lima's Jose Casimiro Ulloa Hospital, "
            "Venezuelan surgeon Yoalexis Tovar examines a young woman experiencing food "
            "poisoning. The 40-year-old doctor brings his expertise to the forefront of "
            "patient care by being part of a one-month training programme supported by the "
            "International Organization for Migration (IOM), in agreement with Peru’s "
            "Health Ministry and the Hospital."
        ),
        paragraph(
            '"I bring the best of myself to save lives," says Yoalexis, who arrived in Peru '
            "in 2018. His journey has been fraught with challenges, leaving behind an "
            "economic situation that left him unable to support his three children."
        ),
        photo_slot(3),
        photo_slot(4),
        paragraph(
            "When he arrived in the Andean country, he was in no position to revalidate his "
            "medical license – a long and expensive process that can take upwards of a year "
            "and a half. Initially working low-paying jobs to save up enough money to send "
            "to his wife and three young children who stayed in Venezuela, he persevered "
            "until his medical license was finally homologated."
        ),
        paragraph(
            "Juan Miguel Someter, a 42-year-old Venezuelan doctor, faced similar challenges "
            "after arriving in 2019. He spent years in the construction sector before "
            'returning to medicine through this training programme. "This opportunity is '
            'like a dream come true," Juan Miguel says as he checks the vital signs of one '
            "of his patients in the care room."
        ),
        photo_slot(5),
        subhead("Contributing from the front line"),
        paragraph(
            "Among the 1.6 million Venezuelan migrants and refugees in Peru, there are an "
            "estimated 25,000 doctors, nurses and other health professionals eager to serve "
            "their communities. The integration of Venezuelan health workers has proven "
            "beneficial to Peru's health care system, filling gaps and improving the quality "
            "of services available across the country."
        ),
        paragraph(
            '"If they are already here and we can integrate them into the system, it is a '
            "win-win for everyone,” says Alberto Gonzalez Guzman, director of the Jose "
            "Casimiro Ulloa Emergency Hospital in Lima, which is currently hosting the "
            "programme."
        ),
        paragraph(
            "In 2024, IOM and the Peruvian Ministry of Health launched a certified medical "
            "internship programme to strengthen the skills of both Peruvian and Venezuelan "
            "health professionals. This month-long initiative will be rolled out throughout "
            "the country and has already 19 professionals participating in it."
        ),
        quote(
            "I bring the best of myself to save lives.",
            attribution="Yoalexis Tovar, Venezuelan surgeon",
        ),
        paragraph(
            "IOM support to Peru’s health care system extends beyond this initiative, "
            "including donations of medical equipment and supplies, and professional "
            "training to health care workers. “This is not just about sharing skills. It is "
            "a bridge connecting Peruvian and migrant doctors for integration,” said Jorge "
            "Martin, IOM Health and Migration Unit Coordinator in Peru."
        ),
        photo_slot(6),
        subhead("Doctors beyond borders"),
        paragraph(
            "Peruvian and Venezuelan doctors work side by side, hands steady and minds "
            "focused. From treating minor injuries to stabilizing critical cases, they "
            "embody the versatility needed for emergencies. This training, a whirlwind of "
            "rotations through different hospital departments, serves a dual purpose: "
            "sharing vital knowledge and mastering public hospital protocols for patient "
            "care, and socio-economic integration of migrants."
        ),
        paragraph(
            "Despite the heart-wrenching separation from his family – six long years without "
            "seeing his wife and three children – he perseveres. “My family is the driving "
            "force that pushes me forward every day,” he says with a voice breaking into "
            "emotion."
        ),
        paragraph(
            '"Being apart taught me to be strong. The distance between us helped me grow," '
            "Yoalexis said, echoing the sentiment of many who have turned adversity into an "
            "opportunity for growth."
        ),
        paragraph(
            "Resilience is reflected in the camaraderie between Peruvian and Venezuelan "
            "doctors. United by a common mission to save lives, they work as a team "
            "transcending cultural boundaries. Their collaboration not only addresses "
            "immediate health needs but also bridges communities and demonstrates how "
            "migration can bring significant benefits to all."
        ),
    ),
    tags=("Health", "Integration"),
    sdgs=(3, 10, 16, 17),
)

STORY_003 = Story(
    id=3,
    title="One year after the Los Angeles Declaration, there has been some progress on migration "
    "and protection, but much remains to be done",
    kind=StoryKind.PRESS_RELEASE,
    dateline=Dateline("Panama", "2023-06-24"),
    body=(
        paragraph(
            "The International Organization for Migration (IOM) and the UN Refugee Agency, "
            "UNHCR, acknowledge the progress made by countries in the Americas towards "
            "fulfilling the pledges made in the Declaration on Migration and Protection "
            "adopted at the IX Summit of the Americas, last June in Los Angeles. At the same "
            "time, the two organizations warn that much work is still needed to respond to "
            "the unprecedented challenges facing migrants and refugees, as well as the "
            "communities and countries of origin, transit, destination, and return in the "
            "Americas."
        ),
        paragraph(
            "The countries that endorsed the Los Angeles Declaration pledged to strengthen "
            "national, regional, and hemispheric efforts to create the conditions for safe, "
            "orderly, humane, and regular migration and to strengthen frameworks for "
            "international protection and cooperation."
        ),
        paragraph(
            "Since then, governments in the region have launched important initiatives, "
            "including expanded refugee resettlement programmes, family reunification, and "
            "labour mobility schemes, and other safe legal pathways to protection and "
            "immigration into the United States and other countries. At the same time, "
            "mechanisms such as the Quito Process, the Regional Conference on Migration, and "
            "the South American Conference have created and intensified synergies."
        ),
        paragraph(
            "We applaud these efforts of regional collaboration and collective "
            "responsibility. The expansion of refugee resettlement and regular pathways for "
            "migrants, however, cannot replace the responsibility of States to provide "
            "people with access to territory and asylum procedures."
        ),
        paragraph(
            "At the same time, it is important to provide life-saving humanitarian "
            "assistance and ensure continued support for full social and economic inclusion "
            "in the countries in Latin America and the Caribbean that continue to host the "
            "majority of the people displaced in the Americas."
        ),
        paragraph(
            "Millions of Venezuelan migrants and refugees, for example, have benefitted from "
            "regularization processes in various countries in Latin America and the "
            "Caribbean. It’s crucial to extend these initiatives to other nationalities, "
            "help protect their human rights and provide stability and solutions for those "
            "who would otherwise be on the move."
        ),
        paragraph(
            "Development actors and international financial institutions also play an "
            "important role. Their contributions, in the form of grants and loans for "
            "much-needed infrastructure, help to strengthen national services, including "
            "for host communities, and help them cope rather than being overstretched by "
            "the additional demand from migrants and refugees."
        ),
        paragraph(
            "Addressing the mixed movements of migrants and refugees requires an approach "
            "that takes into account the complexity of the routes taken and looks at "
            "countries of origin and transit, as well as the final destination countries. "
            "The challenges of human mobility in the Americas demand a concerted "
            "hemispheric strategy rooted in international cooperation and solidarity, as "
            "recognized by the Los Angeles Declaration."
        ),
        paragraph(
            "IOM and UNHCR will continue to work with states, regional consultative "
            "processes, civil society, and the migrants and refugees themselves, towards "
            "realizing this comprehensive vision in line with the Global Compact for Safe, "
            "Orderly and Regular Migration, the Global Compact on Refugees, as well as the "
            "Los Angeles Declaration on Migration and Protection."
        ),
    ),
    tags=("Los Angeles Declaration", "Protection", "Regular pathways"),
    sdgs=(10, 16, 17),
)

STORY_004 = Story(
    id=4,
    title="Refugees and Migrants from Venezuela: The Situation",
    kind=StoryKind.ABOUT,
    body=(
        paragraph(
            "More than 6.1 million refugees and migrants have left Venezuela as a result of "
            "the political turmoil, socio-economic instability and the ongoing humanitarian "
            "crisis.[1]"
        ),
        paragraph(
            "Seventeen countries host around 80 per cent of Venezuelans (more than 5 "
            "million) throughout Latin America and the Caribbean – triggering the largest "
            "external displacement crisis in Latin America’s recent history."
        ),
        paragraph(
            "Thousands of Venezuelans cross various South American countries on foot. Many "
            "flee without knowing their final destination."
        ),
        paragraph(
            "Some have left behind their families, their communities and their loved ones. "
            "Others are moving to reunited with them."
        ),
        paragraph(
            "Refugees and migrants compelled to leave Venezuela use diverse routes to reach "
            "their destination including by land, plane and sea, sometimes putting their "
            "lives at risk. More people are taking sea routes than in years prior too – "
            "taking short maritime routes toward neighbouring Caribbean islands."
        ),
        paragraph(
            "Many leave without documents to cross borders. They face great risks at the "
            "hands of smugglers and traffickers."
        ),
        paragraph(
            "Countries in the region have generously opened their borders, providing "
            "Venezuelans with access to healthcare, education and employment."
        ),
        paragraph(
            "IOM, in coordination with UNCHR and other humanitarian partners, has been "
            "supporting governments through:"
        ),
        bullets(
            [
                "Timely data gathering and analysis on movements and needs (DTM)",
                "Distribution of emergency kits and non-food items",
                "Provision of temporary accommodation",
                "Health care and food",
                "Livelihood opportunities",
                "Humanitarian transportation",
                "Referrals to protection services including psychosocial support",
                "Access documentation and regularization services",
                "Relocation",
                "Family reunification",
                "Assistance to survivors of Gender-Based Violence and trafficking",
                "Information campaigns to prevent xenophobia",
                "Socio-economic and cultural integration",
            ]
        ),
    ),
    footnotes=("[1] Based on Government figures. July 2022",),
)
