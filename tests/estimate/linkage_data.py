"""Record-linkage data with ground truth for tests/estimate/test_linkage.py and
benchmarks/linkage.py: public benchmark files read from the shared data folder and
mapped to the linker's canonical fields, and a generator of synthetic victim lists.

The data live outside the repository, in ``<repo>/../shared/data/estimation/linkage``
(``FACTFINDER_SHARED`` overrides ``<repo>/../shared``); its README §3 gives sources,
licences and the form of the ground truth. Nothing is downloaded.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import splink.comparison_level_library as cll
import splink.comparison_library as cl
from splink import block_on

from factfinder.estimate.linkage import map_columns

REPO = Path(__file__).resolve().parents[2]


def shared_linkage_dir() -> Path:
    """The folder of linkage benchmark files: ``$FACTFINDER_SHARED`` or
    ``<repo>/../shared``, then ``data/estimation/linkage``. Raises FileNotFoundError,
    saying where it looked, when the folder is missing (tests then fail, not skip)."""
    shared = Path(os.environ.get("FACTFINDER_SHARED") or REPO.parent / "shared")
    folder = shared / "data" / "estimation" / "linkage"
    if not folder.is_dir():
        raise FileNotFoundError(
            f"shared linkage data not found in {folder}; put the shared folder beside the "
            "repository or point FACTFINDER_SHARED at it"
        )
    return folder


@dataclass
class LinkageBenchmark:
    """One data set: canonical lists, the true entity of every record, and the extra
    identifier columns (with comparisons and blocking rules) the data set carries
    beyond the victim-list fields."""

    name: str
    lists: dict[str, pd.DataFrame]
    truth: pd.DataFrame  # list_name, record_id, entity
    dedupe_within_lists: bool = True
    extra_columns: list[str] = field(default_factory=list)
    extra_comparisons: list = field(default_factory=list)
    extra_blocking_rules: list = field(default_factory=list)

    @property
    def record_count(self) -> int:
        return sum(len(frame) for frame in self.lists.values())

    def true_pair_count(self) -> int:
        """Pairs of records of one entity, counting only pairs the linkage can make
        (across lists only when lists are not deduplicated)."""
        truth = self.truth
        if self.dedupe_within_lists:
            sizes = truth.groupby("entity").size()
            return int((sizes * (sizes - 1) // 2).sum())
        per_list = truth.groupby(["entity", "list_name"]).size().unstack(fill_value=0)
        total = per_list.sum(axis=1)
        within = (per_list * (per_list - 1) // 2).sum(axis=1)
        return int((total * (total - 1) // 2 - within).sum())


_FEBRL_MAPPING = {
    "rec_id": "record_id",
    "given_name": "given_name",
    "surname": "family_name",
    "date_of_birth": "birth_date",
    "suburb": "commune",
    "state": "prefecture",
}
_FEBRL_EXTRA = ["soc_sec_id", "postcode", "street_number", "address_1"]


def _febrl_frame(file: str, list_name: str) -> pd.DataFrame:
    raw = pd.read_csv(
        shared_linkage_dir() / "febrl" / file, skipinitialspace=True, dtype=str, keep_default_na=False
    ).replace({"": None})
    return map_columns(raw, _FEBRL_MAPPING, list_name=list_name, keep=_FEBRL_EXTRA)


def _febrl_truth(frame: pd.DataFrame) -> pd.DataFrame:
    entity = frame["record_id"].str.extract(r"^rec-(\d+)-", expand=False)
    return pd.DataFrame({"list_name": frame["list_name"], "record_id": frame["record_id"], "entity": entity})


def _febrl_identifiers() -> dict:
    return {
        "extra_columns": list(_FEBRL_EXTRA),
        "extra_comparisons": [
            cl.LevenshteinAtThresholds("soc_sec_id", [1, 2]),
            cl.ExactMatch("postcode"),
            cl.ExactMatch("street_number"),
            cl.CustomComparison(
                comparison_levels=[
                    cll.NullLevel("address_1"),
                    cll.ExactMatchLevel("address_1"),
                    cll.JaroWinklerLevel("address_1", 0.9),
                    cll.JaroWinklerLevel("address_1", 0.75),
                    cll.ElseLevel(),
                ],
                output_column_name="address_1",
            ),
        ],
        "extra_blocking_rules": [block_on("soc_sec_id"), block_on("postcode", "street_number")],
    }


def febrl(number: int) -> LinkageBenchmark:
    """FEBRL data set 1, 2 or 3 (deduplication) or 4 (dataset4a linked to dataset4b)."""
    if number == 4:
        lists = {
            "febrl4a": _febrl_frame("dataset4a.csv", "febrl4a"),
            "febrl4b": _febrl_frame("dataset4b.csv", "febrl4b"),
        }
        truth = pd.concat([_febrl_truth(f) for f in lists.values()], ignore_index=True)
        return LinkageBenchmark("febrl4", lists, truth, dedupe_within_lists=False)
    name = f"febrl{number}"
    frame = _febrl_frame(f"dataset{number}.csv", name)
    return LinkageBenchmark(name, {name: frame}, _febrl_truth(frame))


def febrl_with_identifiers(number: int) -> LinkageBenchmark:
    """:func:`febrl` with the social security number, postcode and street address
    compared as well (the fields recordlinkage's published configuration uses)."""
    data = febrl(number)
    for key, value in _febrl_identifiers().items():
        setattr(data, key, value)
    return data


def rldata10000() -> LinkageBenchmark:
    """RLdata10000 (R package RecordLinkage): names and date of birth, 10% duplicates."""
    raw = pd.read_csv(shared_linkage_dir() / "rldata" / "RLdata10000.csv", dtype=str, keep_default_na=False)
    raw = raw.replace({"": None})
    given = raw["fname_c1"].fillna("") + " " + raw["fname_c2"].fillna("")
    family = raw["lname_c1"].fillna("") + " " + raw["lname_c2"].fillna("")
    birth = raw["by"] + raw["bm"].str.zfill(2) + raw["bd"].str.zfill(2)
    source = pd.DataFrame({
        "rec_id": raw["rec_id"], "given": given.str.strip(), "family": family.str.strip(),
        "birth": birth, "by": raw["by"],
    })
    frame = map_columns(
        source,
        {"rec_id": "record_id", "given": "given_name", "family": "family_name",
         "birth": "birth_date", "by": "birth_year"},
        list_name="rldata10000",
    )
    truth = pd.DataFrame({"list_name": "rldata10000", "record_id": raw["rec_id"], "entity": raw["true_id"]})
    return LinkageBenchmark("rldata10000", {"rldata10000": frame}, truth)


def fake_1000(with_identifiers: bool = False) -> LinkageBenchmark:
    """splink's fake_1000: 1,000 records of about 250 people with typos and gaps."""
    raw = pd.read_csv(shared_linkage_dir() / "splink" / "fake_1000.csv", dtype=str, keep_default_na=False)
    raw = raw.replace({"": None})
    frame = map_columns(
        raw,
        {"unique_id": "record_id", "first_name": "given_name", "surname": "family_name",
         "dob": "birth_date", "city": "commune"},
        list_name="fake_1000",
        keep=["email"],
    )
    truth = pd.DataFrame({"list_name": "fake_1000", "record_id": raw["unique_id"], "entity": raw["cluster"]})
    data = LinkageBenchmark("fake_1000", {"fake_1000": frame}, truth)
    if with_identifiers:
        data.extra_columns = ["email"]
        data.extra_comparisons = [cl.EmailComparison("email")]
        data.extra_blocking_rules = [block_on("email")]
    return data


def fake_1000_labels() -> pd.DataFrame:
    """The 3,176 clerical labels shipped with fake_1000, in the linker's label format."""
    raw = pd.read_csv(shared_linkage_dir() / "splink" / "fake_1000_labels.csv", dtype=str)
    return pd.DataFrame({
        "list_name_l": "fake_1000",
        "record_id_l": raw["unique_id_l"],
        "list_name_r": "fake_1000",
        "record_id_r": raw["unique_id_r"],
        "is_match": pd.to_numeric(raw["clerical_match_score"]) >= 0.5,
    })


def historical_50k(with_identifiers: bool = False) -> LinkageBenchmark:
    """splink's historical_figures_with_errors_50k, read from the local parquet file."""
    raw = pd.read_parquet(shared_linkage_dir() / "splink" / "historical_figures_with_errors_50k.parquet")
    frame = map_columns(
        raw,
        {"unique_id": "record_id", "first_name": "given_name", "surname": "family_name",
         "dob": "birth_date", "birth_place": "commune", "gender": "sex"},
        list_name="historical_50k",
        keep=["postcode_fake", "occupation"],
    )
    truth = pd.DataFrame({"list_name": "historical_50k", "record_id": raw["unique_id"], "entity": raw["cluster"]})
    data = LinkageBenchmark("historical_50k", {"historical_50k": frame}, truth)
    if with_identifiers:
        data.extra_columns = ["postcode_fake", "occupation"]
        data.extra_comparisons = [cl.PostcodeComparison("postcode_fake"), cl.ExactMatch("occupation")]
        data.extra_blocking_rules = [block_on("postcode_fake")]
    return data


def pairwise_scores(predicted: pd.DataFrame, truth: pd.DataFrame, true_pairs: int) -> dict:
    """Precision, recall and F1 of predicted pairs (``list_name_l``, ``record_id_l``,
    ``list_name_r``, ``record_id_r``) against the true entities."""
    entity = truth.set_index(["list_name", "record_id"])["entity"]
    left = entity.reindex(pd.MultiIndex.from_arrays([predicted["list_name_l"], predicted["record_id_l"]]))
    right = entity.reindex(pd.MultiIndex.from_arrays([predicted["list_name_r"], predicted["record_id_r"]]))
    correct = int((left.to_numpy() == right.to_numpy()).sum())
    return _scores(correct, len(predicted), true_pairs)


def cluster_scores(clusters: pd.DataFrame, truth: pd.DataFrame, true_pairs: int, *, cross_list_only: bool) -> dict:
    """Pairwise precision, recall and F1 of the pairs implied by clusters (every two
    records in one cluster), counted without listing the pairs."""
    merged = clusters[["cluster_id", "list_name", "record_id"]].merge(truth, on=["list_name", "record_id"])

    def pair_count(keys: list[str]) -> int:
        sizes = merged.groupby(keys).size()
        return int((sizes * (sizes - 1) // 2).sum())

    predicted = pair_count(["cluster_id"])
    correct = pair_count(["cluster_id", "entity"])
    if cross_list_only:
        predicted -= pair_count(["cluster_id", "list_name"])
        correct -= pair_count(["cluster_id", "entity", "list_name"])
    return _scores(correct, predicted, true_pairs)


def _scores(correct: int, predicted: int, true_pairs: int) -> dict:
    precision = correct / predicted if predicted else 0.0
    recall = correct / true_pairs if true_pairs else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "predicted_pairs": predicted,
        "correct_pairs": correct,
        "true_pairs": true_pairs,
    }


# ------------------------------------------------------------- synthetic lists
#
# SYNTHETIC. The name pools below were written from general knowledge of common
# Kinyarwanda name elements and of French Christian names given in Rwanda; the
# commune and prefecture pools mix remembered 1994 names with invented ones. They
# describe no real person and are not a reference for real place names.

KINYARWANDA_NAMES = (
    "Habimana Hakizimana Habyarimana Niyonzima Nsengiyumva Nsengimana Ndayisaba "
    "Ndayishimiye Niyitegeka Nkurunziza Bizimana Uwimana Mukamana Mukandayisenga "
    "Mukeshimana Mukamurenzi Nyirahabimana Nyiransabimana Nyirabahire Uwamahoro Uwase "
    "Uwera Ingabire Umutoni Umutesi Mutesi Mukarugwiza Mukabalisa Munyaneza Mugabo "
    "Mugisha Rukundo Twagiramungu Twagirayezu Sibomana Kayitare Kayitesi Kamanzi "
    "Karangwa Gatete Rutayisire Rwigema Gasana Gahima Kabera Kalisa Murekatete "
    "Mukantabana Mukamazimpaka Nyirangirente Ntirenganya Nzeyimana Nzabonimpa "
    "Nzabamwita Ndagijimana Ndahimana Ndikumana Hategekimana Harelimana Hagenimana "
    "Havugimana Dusabimana Dushimimana Iyamuremye Uwizeye Uwiringiyimana Uwitonze "
    "Uwamariya Mukarwego Mukagasana Musabyimana Munyakazi Ntakirutimana Bimenyimana "
    "Bagaragaza Kanyarwanda Nyiramana Mukankusi Nyirakamana Ntawukuriryayo Semana "
    "Sebahire Seburikoko Rwabuhungu Kayiranga Kanamugire Mbarushimana Minani Mpawenimana "
    "Nsabimana Nshimiyimana Ntaganda Nyandwi Rugira Rurangwa Ruzindana "
    "Safari Shyaka Tuyisenge Tuyishime Twizeyimana Uwimbabazi Uzamukunda Yankurije "
    "Cyiza Kanyange Mukakalisa Nyirandegeya Mukamusoni Gakwaya Gashugi Rwakabayiza"
).split()
# Two-part compounds in the pattern of many Kinyarwanda names (a verb or noun phrase
# about God, hope or the family), to give the pool the diversity of real lists.
_NAME_HEADS = ("Habi Hakizi Ndayi Niyo Niyi Nsengi Nzabo Nzeyi Tuyi Twagira Uwi Bizi Dusabi "
               "Dushimi Hategeki Hareli Havugi Munya Ndagiji Nshimi Ntaki Musabyi Bimenyi "
               "Iyamu Uwiringiyi Mpawe Nsabi Twize Uzamu Ndi Habya Hitima Ntiru Nsanzi "
               "Ruta Rwa Sebu Semu Kanya Muhi Mbaru Nkuri Ngiru Nyiri Ngendaha Bara Harera "
               "Ntawu Mani Bucya Tuga Karekezi").split()
_NAME_TAILS = ("mana mungu yezu saba shimiye tegeka nzima yumva mpaka neza kazi remye senge "
               "rutimana mwita kunda mahoro gira buye banda gaba hire kiza rema tware yisenga "
               "gabo hungu kuru vugo zima shyaka bera ganza rora mutima").split()
KINYARWANDA_NAMES += [head + tail for head in _NAME_HEADS for tail in _NAME_TAILS]
KINYARWANDA_NAMES += [prefix + name.lower() for prefix in ("Muka", "Nyira")
                      for name in KINYARWANDA_NAMES[:60] if not name.startswith(("Muka", "Nyira"))]
FRENCH_MEN = (
    "Jean|Jean Baptiste|Jean de Dieu|Jean Bosco|Jean Damascène|Emmanuel|Théoneste|"
    "Anastase|Callixte|Célestin|Théophile|Védaste|Innocent|Pierre|Joseph|Félicien|"
    "Augustin|Alphonse|Aloys|Gérard|Étienne|François|Xavier|Faustin|Silas|Eugène|"
    "Damien|Léonard|Viateur|Philippe|Cyprien|Gaspard|Laurent|Léopold|André|Charles"
).split("|")
FRENCH_WOMEN = (
    "Marie|Marie Claire|Marie Goretti|Immaculée|Chantal|Thérèse|Béatrice|Spéciose|"
    "Consolée|Drocella|Espérance|Joséphine|Agnès|Vestine|Odette|Jeanne|Donatille|"
    "Philomène|Scholastique|Clémentine|Agathe|Médiatrice|Emérence|Séraphine|Alphonsine|"
    "Anne Marie|Annonciata|Languida|Pélagie|Dative|Cécile|Jacqueline|Valérie|Claudine"
).split("|")
PREFECTURES = {
    "Butare": "Ngoma Huye Mbazi Maraba Nyakizu Muyaga Runyinya Kibayi Muganza Kigembe "
              "Nyaruhengeri Ruhashya Mugusa Ndora Shyanda Muyira Ntyazo Gishamvu Rusatira",
    "Kibuye": "Gitesi Gishyita Rwamatamu Mabanza Gisovu Rutsiro Kivumu Mwendo Bwakira",
    "Gikongoro": "Nyamagabe Mudasomwa Karaba Kinyamakara Musebeya Mubuga Rukondo Nshili Muko",
    "Kigali-Rural": "Kanzenze Gashora Ngenda Bicumbi Kayenzi Shyorongi Rubungo Mugambazi "
                    "Rutongo Musasa Buliza Gikoro Mbogo Tare Runda",
    "Kigali-Ville": "Nyarugenge Kacyiru Kicukiro Gikondo Nyamirambo Remera Kimisagara",
    "Gitarama": "Nyamabuye Taba Runda Mugina Nyabikenke Masango Kayenzi Rutobwe Murama "
                "Mukingi Ntongwe Tambwe Bulinga Musambira Nyakabanda Rukoma",
    "Cyangugu": "Kamembe Cyimbogo Gafunzo Gisuma Gishoma Kagano Karengera Nyakabuye Bugarama Kirambo",
    "Kibungo": "Birenga Kigarama Rusumo Kayonza Kabarondo Rukira Rukara Sake Muhazi Mugesera",
    "Byumba": "Giti Kinyami Murambi Muvumba Ngarama Bwisige Cyungo Kibali Kivuye Cyumba Rushaki",
    "Gisenyi": "Rubavu Kanama Nyamyumba Mutura Gaseke Kayove Karago Giciye Ramba Satinsyi",
    "Ruhengeri": "Kigombe Nkumba Kinigi Mukingo Nyarutovu Gatonde Ndusu Butaro Cyeru Nyamugali",
}
LISTS = ("census", "survivors", "parish")
# Probability that a person appears on each list (before individual heterogeneity).
CAPTURE = (0.55, 0.45, 0.35)
WITHIN_LIST_DUPLICATES = 0.02
DEATH_START = np.datetime64("1994-04-07")
DEATH_DAYS = 100


def _zipf_weights(n: int, exponent: float = 0.9) -> np.ndarray:
    weights = 1.0 / np.arange(1, n + 1) ** exponent
    return weights / weights.sum()


def _typo(rng: np.random.Generator, text: str) -> str:
    """One keyboard or transcription slip: delete, insert, substitute or transpose."""
    if len(text) < 3:
        return text
    i = int(rng.integers(1, len(text) - 1))
    kind = rng.integers(4)
    letter = "abcdefghijklmnoprstuvwyz"[int(rng.integers(24))]
    if kind == 0:
        return text[:i] + text[i + 1:]
    if kind == 1:
        return text[:i] + letter + text[i:]
    if kind == 2:
        return text[:i] + letter + text[i + 1:]
    return text[:i - 1] + text[i] + text[i - 1] + text[i + 1:]


_VARIANTS = (
    ("r", "l"), ("l", "r"), ("yi", "i"), ("ya", "ia"), ("w", "ou"), ("u", "ou"),
    ("cy", "ki"), ("ka", "ca"), ("ko", "co"), ("ku", "cu"), ("jy", "g"), ("aa", "a"), ("a", "aa"), ("é", "e"),
    ("e", "é"), ("ph", "f"), ("th", "t"), ("ll", "l"),
)


def _spelling_variant(rng: np.random.Generator, text: str) -> str:
    """A spelling another writer would use: r/l, y/i, w/ou, c/k, jy/g, long vowels,
    accents. Replaces one occurrence; returns the text unchanged if none applies."""
    lowered = text.lower()
    options = [(a, b) for a, b in _VARIANTS if a in lowered]
    if not options:
        return text
    old, new = options[int(rng.integers(len(options)))]
    hits = [i for i in range(len(lowered)) if lowered.startswith(old, i)]
    at = hits[int(rng.integers(len(hits)))]
    replacement = new.upper() if text[at:at + len(old)].isupper() else new
    return text[:at] + replacement + text[at + len(old):]


def generate_victim_lists(records: int, seed: int = 1994) -> tuple[dict[str, pd.DataFrame], pd.DataFrame]:
    """Three overlapping synthetic victim lists of about ``records`` records in total.

    Each person is drawn with a sex, a Kinyarwanda name, a French Christian name (with
    Zipf-like frequencies, so homonyms are common), an age at death, a commune in a
    prefecture and a day of death between April and mid-July 1994. Each list records a
    person with its own probability times a personal visibility (heterogeneous capture),
    adds a few duplicates of its own, and writes records its own way:

    * census: family name in capitals, birth year, commune and prefecture, sex;
    * survivors: age at death (often rounded or off by a few years), place and day of
      death, names sometimes swapped;
    * parish: Christian name first in a full-name field for a third of records,
      French spellings, full birth dates for some records.

    Every record then gets typos (about 12% per name), spelling variants (about 15%),
    and missing fields at list-specific rates.

    Returns:
        ``({list name: canonical DataFrame}, truth)`` with truth columns
        ``list_name``, ``record_id``, ``entity``.
    """
    rng = np.random.default_rng(seed)
    mean_lists = sum(CAPTURE) * (1 + WITHIN_LIST_DUPLICATES)
    people = max(10, int(records / mean_lists))
    female = rng.random(people) < 0.52
    # Names built on Muka- and Nyira- ("wife of", "mother of") are women's names.
    kin_women = np.array(KINYARWANDA_NAMES, dtype=object)
    kin_men = np.array([n for n in KINYARWANDA_NAMES if not n.startswith(("Muka", "Nyira"))], dtype=object)
    kinyarwanda = np.where(
        female,
        kin_women[rng.choice(len(kin_women), people, p=_zipf_weights(len(kin_women), 0.7))],
        kin_men[rng.choice(len(kin_men), people, p=_zipf_weights(len(kin_men), 0.7))],
    )
    men = np.array(FRENCH_MEN, dtype=object)
    women = np.array(FRENCH_WOMEN, dtype=object)
    christian = np.where(
        female,
        women[rng.choice(len(women), people, p=_zipf_weights(len(women), 0.8))],
        men[rng.choice(len(men), people, p=_zipf_weights(len(men), 0.8))],
    )
    age = np.clip(rng.gamma(2.0, 14.0, people), 0, 95).astype(int)
    prefecture_names = list(PREFECTURES)
    prefecture_of = rng.integers(len(prefecture_names), size=people)
    communes = [PREFECTURES[p].split() for p in prefecture_names]
    commune = np.array([communes[p][rng.integers(len(communes[p]))] for p in prefecture_of], dtype=object)
    prefecture = np.array(prefecture_names, dtype=object)[prefecture_of]
    death_day = DEATH_START + rng.gamma(1.5, 12.0, people).clip(0, DEATH_DAYS - 1).astype("timedelta64[D]")
    visibility = rng.beta(2.0, 2.0, people) * 2

    lists: dict[str, pd.DataFrame] = {}
    truth_parts = []
    for index, name in enumerate(LISTS):
        seen = np.flatnonzero(rng.random(people) < np.clip(CAPTURE[index] * visibility, 0, 0.97))
        repeats = seen[rng.random(len(seen)) < WITHIN_LIST_DUPLICATES]
        who = np.concatenate([seen, repeats])
        rng.shuffle(who)
        frame = _write_list(rng, name, who, female, kinyarwanda, christian, age, commune, prefecture, death_day)
        lists[name] = frame
        truth_parts.append(pd.DataFrame({"list_name": name, "record_id": frame["record_id"], "entity": who}))
    return lists, pd.concat(truth_parts, ignore_index=True)


def _corrupt(rng: np.random.Generator, values: np.ndarray, typo_rate: float, variant_rate: float) -> np.ndarray:
    out = values.copy()
    for i in np.flatnonzero(rng.random(len(out)) < variant_rate):
        out[i] = _spelling_variant(rng, out[i])
    for i in np.flatnonzero(rng.random(len(out)) < typo_rate):
        out[i] = _typo(rng, out[i])
    return out


def _blank(rng: np.random.Generator, values: np.ndarray, rate: float) -> np.ndarray:
    out = values.astype(object).copy()
    out[rng.random(len(out)) < rate] = None
    return out


def _write_list(rng, name, who, female, kinyarwanda, christian, age, commune, prefecture, death_day) -> pd.DataFrame:
    n = len(who)
    family = _corrupt(rng, kinyarwanda[who], 0.12, 0.15)
    given = _corrupt(rng, christian[who], 0.10, 0.10)
    swap = rng.random(n) < {"census": 0.03, "survivors": 0.15, "parish": 0.05}[name]
    family, given = np.where(swap, given, family), np.where(swap, family, given)
    frame = pd.DataFrame({"record_id": [f"{name[0]}{i:07d}" for i in range(n)], "list_name": name})
    sex = np.where(female[who], "F", "M").astype(object)
    if name == "census":
        frame["family_name"] = pd.Series(family).str.upper().to_numpy()
        frame["given_name"] = _blank(rng, given, 0.10)
        frame["sex"] = _blank(rng, sex, 0.05)
        frame["birth_year"] = _blank(rng, (1994 - age[who]).astype(object), 0.15)
        frame["commune"] = _blank(rng, _corrupt(rng, commune[who], 0.03, 0.05), 0.05)
        frame["prefecture"] = prefecture[who]
        days = death_day[who].astype("datetime64[D]").astype(str).astype(object)
        frame["death_date"] = _blank(rng, days, 0.70)
    elif name == "survivors":
        frame["family_name"] = family
        frame["given_name"] = _blank(rng, given, 0.20)
        frame["sex"] = _blank(rng, np.where(female[who], "gore", "gabo").astype(object), 0.10)
        noisy_age = age[who] + np.where(rng.random(n) < 0.35, rng.integers(-3, 4, n), 0)
        rounded = np.where((rng.random(n) < 0.2) & (noisy_age > 15), (noisy_age // 5) * 5, noisy_age)
        frame["age"] = _blank(rng, np.clip(rounded, 0, 100).astype(object), 0.20)
        frame["commune"] = _blank(rng, _corrupt(rng, commune[who], 0.03, 0.10), 0.15)
        frame["prefecture"] = _blank(rng, prefecture[who], 0.30)
        shift = np.where(rng.random(n) < 0.3, rng.integers(-5, 6, n), 0).astype("timedelta64[D]")
        days = (death_day[who] + shift).astype("datetime64[D]")
        frame["death_date"] = _blank(rng, pd.to_datetime(days).strftime("%d/%m/%Y").to_numpy(dtype=object), 0.40)
    else:
        as_full = rng.random(n) < 0.33
        full = pd.Series(given).str.cat(pd.Series(family), sep=" ").to_numpy(dtype=object)
        frame["full_name"] = np.where(as_full, full, None)
        frame["given_name"] = np.where(as_full, None, _blank(rng, given, 0.05))
        frame["family_name"] = np.where(as_full, None, family)
        frame["sex"] = _blank(rng, sex, 0.40)
        # Born in 1994 - age, or the year before when the birthday fell after the death.
        born_year = 1994 - age[who] - (rng.random(n) < 0.7)
        birth = (born_year - 1970).astype("datetime64[Y]").astype("datetime64[D]") + rng.integers(0, 365, n)
        dates = pd.to_datetime(birth).strftime("%Y-%m-%d").to_numpy(dtype=object)
        has_date = rng.random(n) < 0.4
        frame["birth_date"] = np.where(has_date, dates, None)
        years = np.where(rng.random(n) < 0.5, (1994 - age[who]).astype(object), None)
        frame["birth_year"] = np.where(has_date, None, years)
        frame["commune"] = _blank(rng, _corrupt(rng, commune[who], 0.02, 0.15), 0.30)
    return frame
