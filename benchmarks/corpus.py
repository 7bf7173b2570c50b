"""Realistic synthetic AI-policy news articles, generated from templates for the benchmarks.

Each article has a headline, a `Published:` date line and five to eight paragraphs built from
sentence templates that vary the company, the government body, the action, the people quoted and
the dates. The same seed always gives the same corpus.

    python benchmarks/corpus.py OUT_DIR [--count 200] [--seed 7]
"""
from __future__ import annotations

import argparse
import random
from pathlib import Path

COMPANIES = [
    ("Anthropic", "Dario Amodei", "Claude 4"), ("OpenAI", "Sam Altman", "GPT-5"),
    ("Google DeepMind", "Demis Hassabis", "Gemini 2"), ("Meta", "Mark Zuckerberg", "Llama 4"),
    ("Microsoft", "Satya Nadella", "Phi-4"), ("Nvidia", "Jensen Huang", "Nemotron"),
    ("Mistral AI", "Arthur Mensch", "Mistral Large"), ("xAI", "Elon Musk", "Grok 3"),
    ("Amazon", "Andy Jassy", "Nova Pro"), ("DeepSeek", "Liang Wenfeng", "DeepSeek R2"),
    ("Cohere", "Aidan Gomez", "Command R"), ("Alibaba", "Eddie Wu", "Qwen 3"),
]
GOVERNMENTS = [
    ("the U.S. Department of Commerce", "United States", "Commerce Secretary Howard Lutnick"),
    ("the Pentagon", "United States", "Defense Secretary Pete Hegseth"),
    ("the European Commission", "Belgium", "Commissioner Henna Virkkunen"),
    ("the Federal Trade Commission", "United States", "FTC Chair Andrew Ferguson"),
    ("the UK Competition and Markets Authority", "United Kingdom", "Chief Executive Sarah Cardell"),
    ("the Cyberspace Administration of China", "China", "spokesperson Zhuang Rongwen"),
    ("Japan's Ministry of Economy, Trade and Industry", "Japan", "Minister Yoji Muto"),
    ("the French data protection authority CNIL", "France", "President Marie-Laure Denis"),
]
EXPERTS = [
    ("Helen Toner", "a researcher at Georgetown University"), ("Gary Marcus", "a professor emeritus at New York University"),
    ("Kate Crawford", "a scholar at the University of Southern California"), ("Stuart Russell", "a professor at the University of California, Berkeley"),
    ("Meredith Whittaker", "the president of Signal"), ("Yoshua Bengio", "a professor at the University of Montreal"),
]
ACTIONS = [
    ("imposed export restrictions on", "Export Curbs", "restricted the export of {model} to several countries, citing national security concerns"),
    ("opened an investigation into", "Investigation", "opened a formal investigation into how {company} trained {model}"),
    ("fined", "Fine", "fined {company} {amount} for failing to disclose the risks of {model}"),
    ("banned the use of", "Ban", "ordered federal agencies to stop using {model} within six months"),
    ("sued", "Lawsuit", "filed a lawsuit against {company}, alleging that {model} violated consumer protection law"),
    ("signed an agreement with", "Agreement", "signed an agreement with {company} to test {model} before its public release"),
    ("designated as a supply chain risk", "Risk Label", "designated {company} a supply chain risk after it refused to adapt {model} for surveillance"),
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
AMOUNTS = ["$12 million", "€45 million", "$230 million", "£8 million", "$1.2 billion"]
FILLER = [
    "The decision comes amid a wider debate over how governments should oversee powerful AI systems.",
    "Industry groups warned that ad hoc rules could slow research and push investment abroad.",
    "Civil society organisations welcomed the move but said it did not go far enough.",
    "Analysts expect other regulators to follow with measures of their own in the coming months.",
    "Shares in several technology companies fell in early trading after the announcement.",
    "Lawmakers in Congress have introduced at least three bills that would set national standards for AI safety.",
    "The company said it had already shared safety evaluations of the model with government researchers.",
    "Critics argue that the measures were drafted without consulting independent scientists.",
]


def _date(rng: random.Random) -> tuple[str, str]:
    year, month, day = rng.choice([2024, 2025, 2026]), rng.randint(1, 12), rng.randint(1, 28)
    return f"{year}-{month:02d}-{day:02d}", f"{MONTHS[month - 1]} {day}, {year}"


def article(rng: random.Random, index: int) -> str:
    """One article's text: headline, date line, paragraphs."""
    company, ceo, model = rng.choice(COMPANIES)
    rival, rival_ceo, rival_model = rng.choice([c for c in COMPANIES if c[0] != company])
    body, country, official = rng.choice(GOVERNMENTS)
    expert, affiliation = rng.choice(EXPERTS)
    verb, noun, detail = rng.choice(ACTIONS)
    iso, spoken = _date(rng)
    _, earlier = _date(rng)
    amount = rng.choice(AMOUNTS)
    detail = detail.format(company=company, model=model, amount=amount)
    headline = f"{body[4:] if body.startswith('the ') else body} {noun} Targets {company}'s {model}".replace("U.S.", "US")
    paragraphs = [
        f"{body[0].upper() + body[1:]} {verb} {company} on {spoken}, in a move that could reshape how "
        f"{country} regulates frontier AI models. Officials said the agency {detail}.",
        f"{official} said in a statement that the government \"will not allow unaccountable AI systems to "
        f"threaten national security\". {company} CEO {ceo} said the company would comply with the order "
        f"while it reviewed its options.",
        f"The action follows months of tension. In {earlier}, {company} raised concerns about the use of its "
        f"technology for autonomous weapons, and {rival} announced that {rival_model} would be offered to "
        f"government agencies instead. {rival_ceo}, who leads {rival}, praised the decision.",
        f"\"This is a warning to the whole industry,\" said {expert}, {affiliation}. \"Regulators are "
        f"showing that they are willing to act quickly, even when the rules are not yet written.\"",
        f"{company} said it had invested heavily in safeguards for {model} and that researchers at {rival} "
        f"had found a way to bypass some of them in a test environment, a claim {rival} disputed.",
    ]
    paragraphs += rng.sample(FILLER, rng.randint(2, 4))
    if rng.random() < 0.5:
        paragraphs.append(f"{company} has until {_date(rng)[1]} to respond. {body[0].upper() + body[1:]} "
                          f"declined to comment on whether it would seek further penalties against {company}.")
    return f"{headline}\nPublished: {iso}\n\n" + "\n\n".join(paragraphs) + f"\n\n(Report {index:04d})\n"


def generate(out: str | Path, *, count: int = 200, seed: int = 7) -> list[Path]:
    """Write `count` articles into `out` (created); return their paths, sorted."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for index in range(count):
        path = out / f"synthetic_{index:04d}.txt"
        path.write_text(article(rng, index), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    paths = generate(args.out, count=args.count, seed=args.seed)
    print(f"wrote {len(paths)} articles to {args.out}")


if __name__ == "__main__":
    main()
