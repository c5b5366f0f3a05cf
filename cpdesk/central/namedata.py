"""Static name, place and institution tables for the synthetic population and name matching.

The synthetic population has to look like the children of England as a search engine meets
them: common names very common, the long tail from many origins, families whose names hang
together, and the nicknames, spellings and transliterations that make one child look like
several. The same variant tables serve the search engine, so a query for "Bill" finds the
William that the generator wrote, and a real supply is folded the same way.

Weights are rough relative frequencies (births in England, or bearers per million for
surnames) within one origin; :data:`ORIGIN_SHARES` says how common each origin is among
children, and each local authority tilts those shares. Everything here is a constant or a
pure function; nothing reads a file or the clock.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Mapping
from typing import Final, Literal, NamedTuple

# --- Folding ------------------------------------------------------------------------------

# Letters that NFKD does not split into base + accent but that source systems routinely
# write without the stroke or ligature, and the typographic apostrophes that keyboards and
# word processors substitute for "'".
_UNSPLITTABLE: Final = str.maketrans(
    {
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "Ð": "d",
        "þ": "th",
        "Þ": "th",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ı": "i",
        "ħ": "h",
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "`": "'",
    }
)


def fold(name: str) -> str:
    """The comparison form of a name: casefolded, accents stripped, whitespace collapsed.

    "Siân" and "SIAN", "Łukasz" and "Lukasz", "O’Brien" and "o'brien" must meet, because
    source systems disagree on case, diacritics and apostrophes for the same child.
    Punctuation other than the apostrophe form is kept: hyphens carry meaning in surnames.
    """
    if name.isascii():
        return " ".join(name.casefold().split())
    decomposed = unicodedata.normalize("NFKD", name.translate(_UNSPLITTABLE).casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.split())


def ascii_form(name: str) -> str:
    """A name as an ASCII-only source system records it: case kept, accents dropped."""
    if name.isascii():
        return name
    decomposed = unicodedata.normalize("NFKD", name.translate(_ASCII_KEEP_CASE))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_ASCII_KEEP_CASE: Final = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "æ": "ae",
        "Æ": "Ae",
        "œ": "oe",
        "Œ": "Oe",
        "ı": "i",
        "ß": "ss",
    }
)


# --- Origins ------------------------------------------------------------------------------

Origin = Literal[
    "british",
    "welsh",
    "scottish",
    "irish",
    "caribbean",
    "pakistani",
    "indian",
    "punjabi_sikh",
    "bangladeshi",
    "polish",
    "romanian",
    "lithuanian",
    "ukrainian",
    "nigerian",
    "somali",
    "ghanaian",
    "chinese",
    "arabic",
    "turkish",
    "portuguese",
    "italian",
    "albanian",
    "afghan",
    "vietnamese",
]

ORIGINS: Final[tuple[Origin, ...]] = (
    "british",
    "welsh",
    "scottish",
    "irish",
    "caribbean",
    "pakistani",
    "indian",
    "punjabi_sikh",
    "bangladeshi",
    "polish",
    "romanian",
    "lithuanian",
    "ukrainian",
    "nigerian",
    "somali",
    "ghanaian",
    "chinese",
    "arabic",
    "turkish",
    "portuguese",
    "italian",
    "albanian",
    "afghan",
    "vietnamese",
)

# Share of children in England (per thousand) whose family names come from each origin.
# "welsh", "scottish" and "irish" are naming traditions, not residence: Jones, Williams and
# Davies are among the commonest surnames in England.
ORIGIN_SHARES: Final[Mapping[Origin, int]] = {
    "british": 610,
    "welsh": 75,
    "scottish": 38,
    "irish": 38,
    "caribbean": 14,
    "pakistani": 48,
    "indian": 20,
    "punjabi_sikh": 12,
    "bangladeshi": 16,
    "polish": 22,
    "romanian": 15,
    "lithuanian": 5,
    "ukrainian": 3,
    "nigerian": 15,
    "somali": 6,
    "ghanaian": 6,
    "chinese": 7,
    "arabic": 13,
    "turkish": 5,
    "portuguese": 5,
    "italian": 4,
    "albanian": 3,
    "afghan": 4,
    "vietnamese": 2,
}

# Probability that a child of a family of this origin gets a forename from the origin's own
# table rather than from the general British table (second-generation families often choose
# names that work in both languages).
FORENAME_LOYALTY: Final[Mapping[Origin, float]] = {
    "british": 1.0,
    "welsh": 0.25,
    "scottish": 0.22,
    "irish": 0.35,
    "caribbean": 0.35,
    "pakistani": 0.95,
    "indian": 0.8,
    "punjabi_sikh": 0.85,
    "bangladeshi": 0.95,
    "polish": 0.75,
    "romanian": 0.75,
    "lithuanian": 0.7,
    "ukrainian": 0.85,
    "nigerian": 0.6,
    "somali": 0.95,
    "ghanaian": 0.45,
    "chinese": 0.35,
    "arabic": 0.9,
    "turkish": 0.8,
    "portuguese": 0.75,
    "italian": 0.7,
    "albanian": 0.7,
    "afghan": 0.95,
    "vietnamese": 0.5,
}


class WeightedName(NamedTuple):
    name: str
    origin: Origin
    weight: int


def _table(blocks: Mapping[Origin, str]) -> tuple[WeightedName, ...]:
    """Rows from "Name weight Name weight …" blocks: compact to read, checked on import.

    An underscore stands for a space inside a name ("De_Luca").
    """
    rows: list[WeightedName] = []
    for origin, block in blocks.items():
        tokens = block.split()
        if len(tokens) % 2:
            raise ValueError(f"{origin}: odd number of tokens")
        for name, weight in zip(tokens[0::2], tokens[1::2], strict=True):
            rows.append(WeightedName(name.replace("_", " "), origin, int(weight)))
    return tuple(rows)


# --- Forenames of children ------------------------------------------------------------------
# Births-in-England-like weights averaged over the birth years of today's children.

FORENAMES_FEMALE: Final[tuple[WeightedName, ...]] = _table(
    {
        "british": """
            Olivia 3000 Amelia 3300 Emily 3500 Isla 2400 Ava 2400 Lily 2800 Jessica 2500
            Grace 2500 Sophie 2200 Mia 2300 Ella 2000 Evie 2200 Poppy 2100 Isabella 2000
            Chloe 2200 Charlotte 1900 Sophia 1700 Ruby 2200 Freya 1900 Daisy 1500
            Isabelle 1200 Millie 1500 Phoebe 1300 Florence 1300 Ivy 1300 Willow 1300
            Evelyn 1300 Harper 900 Rosie 1100 Matilda 1000 Elsie 1100 Sienna 900 Erin 1000
            Lucy 1300 Holly 1100 Ellie 1800 Eva 1300 Scarlett 1200 Imogen 1000 Megan 1200
            Hannah 1400 Lola 800 Maisie 1000 Esme 800 Alice 1000 Bella 700 Molly 1500
            Lilly 700 Katie 900 Amelie 700 Zara 700 Maya 800 Lacey 500 Summer 700 Eliza 600
            Maddison 500 Aria 900 Georgia 1000 Lexi 600 Emma 900 Abigail 800 Paige 600
            Elizabeth 600 Leah 700 Amber 800 Rebecca 500 Bethany 500 Lauren 700 Jasmine 700
            Eleanor 700 Thea 500 Violet 700 Harriet 500 Martha 500 Penelope 400 Nancy 500
            Hallie 300 Gracie 700 Darcie 500 Darcey 300 Mollie 500 Edith 400 Beatrice 400
            Heidi 500 Robyn 300 Naomi 300 Ayla 300 Annabelle 400 Francesca 300 Isabel 400
            Caitlin 700 Keira 400 Courtney 300 Ellie-Mae 150 Lacey-Mae 100 Gabriella 300
            Skye 300 Victoria 300 Anna 500 Rose 500 Sofia 600 Emilia 600 Mila 700 Luna 600
            Aurora 500 Hazel 300 Bonnie 400 Delilah 300 Margot 300 Iris 300 Faith 300
            Tilly 500 Kayla 300 Zoe 600 Eden 300 Lydia 400 Clara 300 Julia 200 Sarah 500
            Laura 300 Natasha 200 Abbie 400 Amy 800 Demi 300 Jade 400 Tia 300 Shannon 400
            Jodie 200 Eloise 300 Alexandra 200 Alexa 200 Ophelia 200 Hattie 200 Jemima 200
            Elodie 200 Frankie 200 Billie 200 Isobel 200 Felicity 200 Nina 200 Olive 300
            Maria 300 Lyla 200 Kiara 200 Kiera 200 Madison 300 Brooke 300 Mya 300 Macie 300
            Hollie 300 Katherine 200 Catherine 200 Margaret 60 Mary 150 Jennifer 100
            Samantha 150 Natalie 200 Abby 150 Georgina 150 Josephine 120 Rachel 150
            Charlie 200 Nell 150 Orla 300 Hope 300 Lottie 300 Sadie 200 Edie 250 Maeve 250
            Aisha 150 Layla 900 Leila 200 Maryam 150 Eve 300 Amaya 150 Niamh 200 Ciara 150
        """,
        "welsh": """
            Seren 900 Ffion 700 Cerys 800 Megan 600 Carys 500 Elin 500 Nia 600 Mali 500
            Lowri 400 Alys 300 Bethan 300 Siân 200 Manon 300 Efa 250 Catrin 300 Angharad 150
            Gwen 200 Sioned 100 Nel 150 Non 60 Eira 150 Mared 120 Lili 200 Cadi 200 Hafwen 40
        """,
        "scottish": """
            Isla 900 Eilidh 500 Skye 300 Iona 300 Mhairi 200 Kirsty 150 Catriona 120
            Ailsa 200 Morven 80 Fiona 100 Rhona 60 Kirsten 80 Shona 60 Islay 100 Ishbel 50
        """,
        "irish": """
            Aoife 700 Niamh 800 Siobhan 200 Ciara 500 Róisín 300 Saoirse 400 Caoimhe 250
            Orla 500 Sinéad 150 Gráinne 100 Clodagh 120 Aisling 200 Eimear 120 Méabh 100
            Orlaith 100 Clíodhna 60 Ailbhe 80 Éabha 60 Bridget 60 Nuala 40 Mairéad 40
        """,
        "caribbean": """
            Shanice 300 Tiana 400 Aaliyah 600 Jada 400 Keisha 200 Nia 300 Imani 300
            Amari 200 Kemora 50 Shantelle 150 Jahnae 60 Destiny 250 Precious 150 Tianna 200
            Kiana 150 Shaniya 80 Marley 120 Zion 80 Trinity 150
        """,
        "pakistani": """
            Maryam 1500 Aisha 1200 Fatima 1200 Zainab 900 Hafsa 700 Khadija 700 Amna 400
            Hania 300 Eman 400 Ayesha 800 Alishba 300 Anaya 500 Inaaya 400 Zara 500
            Mariam 500 Safa 300 Sana 300 Iqra 400 Laiba 400 Hira 200 Noor 500 Zoya 400
            Aleena 300 Anabia 200 Haniya 200 Aleeza 250 Hareem 150 Rida 150 Mehak 150
            Minahil 150 Amira 300 Sumaya 150 Ruqayyah 200 Zahra 300
        """,
        "indian": """
            Aanya 500 Anaya 400 Diya 400 Priya 300 Riya 500 Isha 300 Saanvi 300 Kavya 300
            Mahi 200 Avni 200 Anika 300 Kiran 150 Tara 200 Sia 300 Aadhya 200 Myra 250
            Ishani 150 Pooja 100 Shreya 200 Nisha 100 Meera 150 Kajal 80 Anjali 150
            Divya 100 Roshni 100 Khushi 150 Navya 150 Ira 100 Aarna 100
        """,
        "punjabi_sikh": """
            Harleen 300 Simran 400 Jasleen 300 Amrit 200 Navneet 150 Gurleen 250
            Manpreet 150 Jasmeen 150 Harpreet 150 Kiranjeet 100 Ekam 80 Jasnoor 150
            Rajveer 60 Gurnoor 150 Taranpreet 80 Sukhmani 120 Armaan 20 Prabhleen 100
        """,
        "bangladeshi": """
            Maryam 700 Safa 300 Hafsa 400 Nusaibah 300 Inaya 400 Tasnim 250 Sumaiya 300
            Jannat 200 Tahmina 150 Fatima 600 Khadija 400 Raisa 200 Anisa 250
            Ruqayyah 300 Samira 200 Ayesha 500 Humaira 200 Sadia 200 Mariyam 200
            Amina 250 Habiba 200 Nafisa 150 Tania 100 Zakia 100
        """,
        "polish": """
            Zuzanna 900 Zofia 800 Julia 900 Maja 800 Lena 800 Hanna 600 Oliwia 700 Alicja 500
            Wiktoria 600 Amelia 500 Natalia 500 Aleksandra 500 Gabriela 400 Martyna 300
            Antonina 300 Pola 250 Nikola 300 Laura 250 Emilia 400 Małgorzata 100 Agnieszka 100
            Katarzyna 150 Kinga 150 Weronika 300 Nadia 200 Iga 150 Milena 200
        """,
        "romanian": """
            Maria 600 Ioana 500 Elena 400 Andreea 400 Sofia 400 Bianca 300 Alexandra 300
            Daria 300 Ana 300 Gabriela 200 Eva 200 Antonia 250 Rebeca 250 Delia 100
            Ștefania 120 Denisa 150 Larisa 120 Alesia 100 Mihaela 80 Raluca 60
        """,
        "lithuanian": """
            Emilija 400 Gabija 300 Austėja 300 Urtė 250 Kamilė 250 Lėja 200 Ugnė 250
            Miglė 150 Sofija 250 Ieva 150 Gustė 150 Amelija 150 Liepa 100 Rugilė 100
        """,
        "ukrainian": """
            Sofiia 300 Anastasiia 250 Mariia 250 Solomiia 200 Viktoriia 150 Anna 200
            Yeva 150 Zlata 150 Daryna 120 Polina 120 Oleksandra 100 Khrystyna 80
        """,
        "nigerian": """
            Adaeze 200 Chiamaka 250 Ifeoma 100 Oluwaseun 100 Temitope 200 Precious 300
            Favour 300 Blessing 200 Esther 250 Deborah 200 Amara 300 Chidinma 150
            Ayomide 200 Oluwadamilola 150 Tiwalade 100 Morenike 60 Abisola 80 Fiyinfoluwa 80
            Oluwatobi 120 Anuoluwapo 80 Ebunoluwa 60 Zainab 100 Victoria 150 Princess 150
            Goodness 80 Mercy 100 Chioma 120 Nkechi 60
        """,
        "somali": """
            Hodan 200 Ayaan 300 Fadumo 200 Hibo 200 Sagal 200 Hamdi 200 Ifrah 200 Nimco 100
            Ilhan 200 Sumaya 250 Amina 300 Fartun 100 Khadra 120 Asha 200 Muna 150 Najma 100
            Hafsa 250 Maryam 300 Ikran 120 Ubah 80 Hawa 120
        """,
        "ghanaian": """
            Abena 200 Akosua 200 Ama 200 Adwoa 150 Efua 120 Akua 150 Esi 120 Afia 100
            Nana 150 Priscilla 100 Grace 200 Mavis 40 Gifty 80 Elorm 60 Naa 60 Maame 60
        """,
        "chinese": """
            Xinyi 200 Yutong 150 Zixuan 150 Jiayi 150 Ruoxi 120 Yuxin 120 Siqi 100 Mei 150
            Ling 100 Hui 80 Yan 80 Xiaoyu 80 Wing 60 Ka-Yan 40 Hoi-Yan 30
        """,
        "arabic": """
            Maryam 600 Fatima 500 Aisha 400 Layla 500 Noor 400 Zainab 300 Sara 400 Hana 300
            Yasmin 300 Amira 300 Lina 250 Rania 150 Salma 200 Malak 200 Jana 200 Reem 150
            Jannah 200 Ruqayya 150 Khadija 200 Hajar 150 Mariam 200 Aya 200 Nour 200
        """,
        "turkish": """
            Elif 400 Zeynep 400 Defne 300 Ecrin 200 Azra 250 Nehir 150 Asya 200 Eylül 150
            Ela 200 Duru 150 Meryem 150 Ayşe 120
        """,
        "portuguese": """
            Beatriz 300 Leonor 300 Matilde 250 Mariana 250 Carolina 200 Inês 200 Lara 200
            Francisca 150 Alice 100 Margarida 120
        """,
        "italian": """
            Sofia 300 Giulia 300 Aurora 250 Ginevra 200 Chiara 200 Francesca 200 Alessia 150
            Martina 150 Beatrice 100 Gaia 100
        """,
        "albanian": """
            Ajla 150 Era 200 Arta 120 Elona 100 Ana 150 Hana 120 Eva 100 Amelia 100 Bora 60
            Dea 80 Noela 60
        """,
        "afghan": """
            Mariam 300 Zahra 300 Parwana 120 Madina 200 Setara 120 Maryam 250 Marwa 200
            Fatima 200 Mahsa 80 Sana 150 Khadija 150 Nilofar 80 Zarmina 60
        """,
        "vietnamese": """
            Linh 200 Anh 200 Ngoc 120 Thu 100 Mai 150 Huong 80 Trang 100 Vy 120 Nhi 80
        """,
    }
)

FORENAMES_MALE: Final[tuple[WeightedName, ...]] = _table(
    {
        "british": """
            Oliver 4500 Jack 4500 Harry 4200 George 3800 Noah 3000 Charlie 3300 Jacob 3000
            Thomas 3000 Oscar 2600 William 2500 James 2500 Leo 2200 Alfie 2800 Joshua 2500
            Freddie 2000 Archie 2200 Ethan 2200 Isaac 1700 Joseph 1800 Alexander 1500
            Samuel 1800 Daniel 1800 Logan 1300 Edward 1000 Lucas 1400 Max 1300 Arthur 1700
            Theo 1500 Theodore 1300 Henry 1500 Finley 1200 Dylan 1300 Riley 1300 Jayden 900
            Lewis 1100 Mason 1500 Harrison 1000 Adam 1100 Tyler 1100 Benjamin 1200
            Sebastian 900 Luke 1000 Matthew 1000 Ryan 900 Jake 800 Callum 800 Reuben 700
            Liam 700 Kai 700 Toby 800 Teddy 900 Jenson 600 Ronnie 700 Tommy 800 Frankie 600
            Albie 700 Jude 600 Louie 700 Louis 600 Elijah 700 Luca 800 Zachary 500 Ellis 500
            Hugo 500 Ralph 300 Stanley 600 Elliot 500 Aaron 500 Rory 500 Harley 500
            Bobby 600 Jaxon 400 Hunter 300 Nathan 500 Connor 600 Kian 400 Cameron 600
            Bradley 400 Jamie 600 Michael 500 David 400 Christopher 300 Owen 600 Sonny 500
            Rowan 300 Felix 500 Ezra 500 Jasper 300 Blake 400 Caleb 300 Kieran 300 Aiden 500
            Alex 300 Andrew 200 Brandon 300 Joel 400 Harvey 1100 Billy 500 Charles 300
            Robert 300 Austin 300 Dexter 400 Alfred 300 Leon 400 Morgan 300 Nathaniel 200
            Gabriel 500 Isaiah 200 Mateo 300 Jesse 300 Tobias 300 Tristan 200 Kyle 300
            Jordan 400 Reggie 400 Otis 300 Arlo 400 Albert 300 Rupert 150 Lenny 200 Eli 200
            Levi 300 Cody 200 Jay 200 Patrick 300 Peter 100 Jonathan 150 Miles 200 Finn 400
            Dominic 200 Spencer 100 Ashton 200 Kayden 300 Ollie 300 Mohammed 300
            Elliott 300 Marcus 200 Zack 100 Ibrahim 100 Musa 50 Ronan 200 Declan 150
            Sean 200 Owain 40 Lachlan 100 Fraser 100 Jackson 200 Roman 300 Myles 150
            Edison 60 Vincent 100 Stephen 80 Anthony 150 Simon 40 Richard 80 Paul 60
            Mark 40 Oakley 150 Brody 150 Bailey 300 Ellis-James 40 Alfie-James 60
        """,
        "welsh": """
            Rhys 700 Dylan 700 Osian 500 Ioan 400 Gethin 300 Tomos 400 Dafydd 200 Steffan 200
            Iwan 200 Cai 300 Elis 300 Harri 300 Macsen 200 Guto 100 Huw 150 Llewellyn 100
            Owain 200 Sion 200 Gruffydd 150 Aled 100 Morgan 300 Evan 300 Iestyn 80 Emrys 60
            Ianto 80 Deio 60 Ifan 100 Rhodri 60
        """,
        "scottish": """
            Callum 500 Fraser 400 Finlay 500 Lachlan 400 Hamish 150 Alasdair 100 Euan 300
            Ruaridh 150 Angus 150 Ross 200 Calum 300 Struan 50 Murray 80 Kyle 100 Jamie 200
        """,
        "irish": """
            Seán 500 Cian 600 Oisín 400 Conor 500 Ciarán 300 Pádraig 150 Eoin 300
            Darragh 300 Fionn 300 Tadhg 200 Cillian 250 Ronan 300 Declan 200 Niall 200
            Liam 300 Colm 100 Diarmuid 80 Ruairí 150 Cathal 100 Donal 80 Senan 60 Odhrán 80
        """,
        "caribbean": """
            Tyrese 300 Malachi 500 Jahmal 150 Kemar 100 Deshawn 150 Jaheim 100 Isaiah 400
            Zion 300 Marley 200 Kairo 200 Tyreke 80 Kemani 60 Jermaine 100 Andre 150
            Nathaniel 200 Josiah 300 Amari 200 Ezekiel 150
        """,
        "pakistani": """
            Muhammad 4000 Mohammed 1500 Ibrahim 1200 Yusuf 1000 Zayn 700 Hamza 800 Musa 800
            Ayaan 700 Ismail 500 Ali 600 Umar 600 Abdullah 600 Haroon 300 Zain 400
            Rayyan 500 Hassan 400 Hussain 300 Bilal 300 Arham 300 Ahmad 300 Saif 200
            Usman 300 Zakariya 300 Aariz 300 Rehan 200 Haris 200 Mikail 300 Eesa 300
            Yahya 300 Azaan 200 Daniyal 200 Hadi 200 Shayan 200 Aryan 150
        """,
        "indian": """
            Arjun 500 Aarav 400 Rohan 400 Dev 300 Krish 400 Veer 300 Aryan 400 Ishaan 300
            Vihaan 250 Reyansh 200 Rishi 200 Neel 150 Jai 200 Kabir 250 Sahil 150 Rahul 100
            Shiv 150 Yash 150 Om 100 Ved 100 Aditya 150 Dhruv 150 Arnav 150 Nikhil 80
            Siddharth 80 Harsh 80 Ansh 120
        """,
        "punjabi_sikh": """
            Gurveer 300 Jaskaran 250 Harjot 200 Manveer 250 Harvir 200 Arjan 300
            Amardeep 100 Gurpreet 150 Jasraj 150 Ekam 150 Fateh 200 Jaivir 120 Tegbir 100
            Armaan 200 Sehaj 150 Navraj 120 Karanveer 100 Jasveer 120
        """,
        "bangladeshi": """
            Muhammad 1500 Mohammed 600 Ibrahim 500 Ayaan 400 Zayan 300 Rayan 300
            Abdullah 400 Yusuf 400 Sami 150 Tahmid 150 Rahim 100 Ishaq 200 Mikail 300
            Eesa 300 Adam 300 Zakaria 250 Imran 100 Arif 80 Tanvir 100 Nabil 100 Sufyan 150
            Rafi 100 Mahir 150 Raiyan 200 Tamim 100
        """,
        "polish": """
            Jakub 900 Jan 700 Szymon 600 Antoni 600 Filip 600 Kacper 600 Aleksander 500
            Franciszek 400 Mikołaj 500 Wojciech 300 Adam 400 Michał 400 Bartosz 300 Igor 300
            Oskar 400 Tymon 200 Oliwer 300 Nikodem 200 Stanisław 150 Dawid 300 Maksymilian 250
            Łukasz 150 Mateusz 300 Wiktor 250 Kuba 60 Tomasz 100 Krzysztof 80 Piotr 80
        """,
        "romanian": """
            Andrei 500 David 400 Alexandru 400 Ștefan 300 Ionuț 200 Gabriel 300 Mihai 200
            Darius 300 Matei 250 Luca 300 Cristian 150 Vlad 150 Rareș 150 Tudor 200
            Mario 100 Sebastian 150 Eric 100 Ioan 100 Nicolae 60 Răzvan 80
        """,
        "lithuanian": """
            Lukas 400 Matas 400 Jonas 300 Dovydas 300 Nojus 300 Kajus 250 Benas 250 Markas 150
            Jokūbas 150 Dominykas 150 Adomas 150 Rokas 150 Herkus 100 Arnas 100
        """,
        "ukrainian": """
            Artem 300 Maksym 300 Oleksandr 250 Dmytro 200 Mykhailo 200 Andrii 150 Bohdan 150
            Denys 120 Ivan 150 Matvii 120 Nazar 100 Yehor 120
        """,
        "nigerian": """
            David 400 Daniel 400 Samuel 400 Chukwuemeka 200 Oluwaseun 150 Ayodele 100
            Babatunde 100 Chinonso 150 Chidiebere 100 Emmanuel 400 Joshua 300 Michael 200
            Oluwafemi 100 Oluwatobi 200 Ikechukwu 100 Kelechi 100 Obinna 100 Uchenna 80
            Adebayo 100 Toluwalase 80 Ayomide 150 Tobiloba 120 Somtochukwu 80 Jeremiah 150
            Divine 100 Favour 80 Ifeanyi 80 Tobenna 60
        """,
        "somali": """
            Mohamed 1000 Abdirahman 400 Abdullahi 400 Ahmed 300 Ali 300 Hassan 300
            Ibrahim 300 Yusuf 300 Abdi 250 Mustafa 200 Omar 250 Hamza 200 Bilal 150
            Khalid 150 Abdiaziz 120 Ayub 120 Zakariye 100 Idris 100 Mahad 80
        """,
        "ghanaian": """
            Kwame 200 Kofi 250 Kwabena 150 Kwaku 150 Yaw 200 Kojo 150 Kwesi 120 Nana 200
            Kobby 60 Emmanuel 200 Jeffrey 60 Prince 100 Kelvin 80 Nathaniel 100 Elikem 60
        """,
        "chinese": """
            Haoran 200 Zihan 120 Jiahao 150 Yichen 150 Junjie 120 Zhiyuan 100 Hao 100
            Wei 120 Jun 100 Yuxuan 150 Zimo 80 Ka-Ho 40 Chun 60 Ming 80
        """,
        "arabic": """
            Mohammed 800 Ahmed 400 Omar 500 Ali 400 Yusuf 400 Adam 400 Hamza 350
            Zakaria 250 Ibrahim 300 Khalid 200 Youssef 300 Karim 200 Hassan 200 Amir 250
            Ayman 150 Tariq 100 Bilal 150 Zayn 250 Yaseen 200 Mustafa 200 Jibril 100
            Suleiman 150 Idris 150 Ilyas 200
        """,
        "turkish": """
            Yusuf 300 Eymen 250 Ömer 250 Mustafa 200 Emir 250 Kerem 200 Aras 200 Mehmet 150
            Ali 150 Alparslan 80 Çınar 120 Emre 120 Deniz 100
        """,
        "portuguese": """
            João 300 Rodrigo 250 Tiago 300 Duarte 200 Afonso 200 Martim 200 Gonçalo 150
            Diogo 200 Santiago 150 Tomás 200
        """,
        "italian": """
            Leonardo 300 Francesco 250 Alessandro 250 Lorenzo 250 Mattia 200 Matteo 200
            Tommaso 150 Gabriele 150 Riccardo 100 Giuseppe 60
        """,
        "albanian": """
            Ardit 150 Arbër 100 Endrit 100 Klevis 100 Luan 100 Gjergj 60 Eris 100 Roan 80
            Dion 100 Noel 100 Aron 80
        """,
        "afghan": """
            Ahmad 300 Mohammad 500 Mustafa 200 Ali 200 Omid 150 Farhad 100 Hamid 100
            Sohail 80 Yama 60 Murtaza 120 Hussain 150 Elias 80 Sami 80
        """,
        "vietnamese": """
            Minh 200 Duc 120 Huy 150 Quang 100 Khoa 100 Tuan 100 Bao 120 Nam 100 Long 80
        """,
    }
)

# Adult forenames for carers and practitioners born roughly 1965–2000 (British table only;
# other origins reuse their children's tables, whose names change more slowly).
ADULT_FORENAMES_FEMALE: Final[tuple[WeightedName, ...]] = _table(
    {
        "british": """
            Sarah 900 Emma 900 Laura 800 Claire 600 Rebecca 600 Gemma 600 Lisa 500
            Nicola 600 Kelly 500 Michelle 400 Amy 500 Hannah 400 Rachel 500 Charlotte 400
            Stacey 300 Jennifer 300 Katie 300 Louise 300 Jessica 300 Natalie 300 Joanne 300
            Helen 300 Victoria 300 Samantha 300 Danielle 300 Zoe 200 Leanne 200 Kirsty 200
            Jodie 200 Lauren 300 Sophie 300 Hayley 300 Kerry 200 Donna 150 Karen 150
            Catherine 150 Elizabeth 150 Lucy 250 Emily 200 Jade 200 Chloe 150 Holly 150
            Stephanie 200 Vicky 80 Sian 80 Siobhan 60 Becky 60 Jo 50 Kate 150 Amanda 150
        """,
    }
)

ADULT_FORENAMES_MALE: Final[tuple[WeightedName, ...]] = _table(
    {
        "british": """
            David 900 Paul 700 Mark 700 Andrew 700 Daniel 700 Christopher 700 Matthew 700
            James 800 Michael 600 Richard 500 Lee 400 Craig 400 Stuart 300 Darren 300
            Jason 300 Gary 300 Steven 400 Stephen 300 Thomas 400 Adam 400 Robert 400
            John 400 Simon 300 Wayne 200 Carl 200 Dean 200 Scott 300 Ryan 300 Ashley 200
            Liam 250 Jamie 250 Ben 250 Sam 150 Tom 150 Dan 100 Chris 150 Mike 60 Rob 60
            Jonathan 200 Neil 200 Philip 150 Anthony 250 Martin 200 Nathan 200 Kevin 150
            Karl 100 Luke 200 Joseph 200 Peter 100 Alan 80 Ian 100 Jack 150 Sean 150
        """,
    }
)

# Second forenames: far more concentrated than first names ("Rose", "James").
MIDDLE_NAMES_FEMALE: Final[tuple[WeightedName, ...]] = _table(
    {
        "british": """
            Rose 1000 Grace 800 Mae 800 May 500 Louise 500 Marie 400 Elizabeth 600 Jane 300
            Anne 200 Lily 400 Rae 200 Jade 200 Victoria 200 Olivia 200 Hope 300 Sophie 200
            Ann 100 Jayne 60 Eve 200 Mary 200 Isabelle 150 Florence 150 Ella 150 Amelia 150
            Catherine 100 Alice 150 Violet 100 Kate 100 Leigh 60 Faith 100
        """,
    }
)

MIDDLE_NAMES_MALE: Final[tuple[WeightedName, ...]] = _table(
    {
        "british": """
            James 1000 Thomas 600 William 500 George 500 John 400 Alexander 400 Michael 300
            David 300 Lee 300 Jay 300 Edward 300 Robert 200 Peter 200 Joseph 300 Oliver 200
            Daniel 200 Charles 200 Jack 200 Leo 100 Anthony 150 Paul 100 Luke 100 Ray 80
            Henry 150 Arthur 150 Frederick 100 Reece 60 Dean 60 Junior 80 Alan 40
        """,
    }
)


# --- Surnames -----------------------------------------------------------------------------
# Approximate bearers per million within each origin's own population in England.

SURNAMES: Final[tuple[WeightedName, ...]] = _table(
    {
        "british": """
            Smith 10000 Taylor 5200 Brown 5000 Wilson 3400 Johnson 3200 Robinson 2600
            Thompson 2600 Wright 2500 Walker 2400 White 2300 Green 2200 Hall 2200 Harris 2100
            Clarke 2100 Jackson 2000 Wood 1900 Turner 1800 Martin 1800 Cooper 1800 Hill 1800
            Ward 1700 Morris 1700 Moore 1700 Clark 1700 Lee 1650 King 1650 Baker 1650
            Harrison 1650 Allen 1550 James 1550 Scott 1500 Watson 1500 Davis 1450
            Parker 1450 Bennett 1400 Young 1400 Mitchell 1350 Cook 1350 Carter 1350
            Richardson 1300 Bailey 1300 Collins 1300 Bell 1300 Shaw 1300 Miller 1250 Cox 1250
            Richards 1200 Marshall 1200 Anderson 1200 Simpson 1150 Ellis 1150 Adams 1150
            Wilkinson 1100 Foster 1100 Chapman 1100 Webb 1050 Rogers 1050 Gray 1050
            Mason 1050 Hunt 1000 Matthews 1000 Palmer 1000 Holmes 950 Mills 950 Barnes 950
            Knight 950 Butler 950 Russell 950 Barker 950 Fisher 900 Stevens 900 Dixon 900
            Harvey 900 Pearson 850 Fletcher 850 Gibson 850 Howard 850 Andrews 850 Elliott 800
            Reynolds 800 Saunders 800 Payne 800 Fox 800 Ford 800 Pearce 800 Day 800
            Brooks 800 West 800 Lawrence 800 Cole 750 Atkinson 750 Bradley 750 Spencer 750
            Dawson 750 Ball 750 Burton 750 Watts 750 Rose 750 Booth 750 Perry 750 Wells 700
            Armstrong 700 Francis 700 Hayes 700 Hart 700 Hudson 700 Newman 700 Barrett 700
            Webster 700 Hunter 700 Gregory 700 Carr 700 Lowe 700 Page 700 Marsh 650
            Riley 650 Dunn 650 Woods 650 Parsons 650 Berry 650 Stone 650 Holland 650
            Hawkins 650 Harding 650 Porter 650 Newton 650 Oliver 650 Reed 650
            Williamson 650 Bird 600 Gardner 600 Dean 600 Lane 600 Cooke 600 Bates 600
            Burgess 600 Bishop 600 Walton 600 Nicholson 600 Shepherd 600 Cross 600 Long 600
            Freeman 600 Warren 600 Nicholls 600 Sutton 550 Yates 550 Hodgson 550 Robson 550
            Curtis 550 Hopkins 550 Harper 550 Coleman 550 Moss 550 Chambers 550 Sharp 550
            Hardy 550 Wheeler 550 Potter 550 Osborne 550 George 550 Jordan 500
            Hutchinson 500 Rowe 500 May 500 Gilbert 500 Willis 500 Read 500 Miles 500
            Stevenson 500 Stephenson 500 Hammond 500 Arnold 500 Buckley 500 Walters 500
            Hewitt 500 Barber 500 Nelson 500 Slater 500 Austin 500 Whitehead 500 Mann 500
            Frost 500 Lambert 500 Stephens 500 Blake 500 Goodwin 500 Barton 500 Woodward 500
            Barnett 500 Baxter 500 Clayton 500 Nash 450 Greenwood 450 Jennings 450 Holt 450
            Kemp 450 Poole 450 Bond 450 Stokes 450 Tucker 450 Fowler 450 Heath 450
            Norman 450 Middleton 450 Lawson 450 Banks 450 French 450 Stanley 450 Jarvis 450
            Gibbs 450 Hayward 450 Dickinson 450 Todd 450 Barlow 450 Peters 450 Lucas 450
            Knowles 450 Hartley 450 Simmons 450 Morton 450 Alexander 450 Field 450
            Norris 450 Townsend 450 Preston 450 Hancock 450 Thornton 450 Baldwin 450
            Burrows 450 Briggs 450 Storey 450 Whittaker 400 Naylor 400 Pickering 400
            Lord 400 Ashton 400 Charlton 400 Haynes 400 Dyer 400 Kirby 400
            Sanderson 400 Howe 400 Glover 400 Sims 400 Cartwright 400 Rowley 400 Farmer 400
            Bolton 400 Marsden 400 Goddard 400 Tomlinson 400 Randall 400 Benson 400 Lloyd-Smith 40
            Sheppard 350 Warner 350 Bartlett 350 Rhodes 350 Dobson 350
            Metcalfe 350 Horton 350 Pollard 350 Cunliffe 200 Ackroyd 150 Sykes 350
            Broadbent 200 Ramsden 200 Crowther 200 Haigh 200 Brook 300 Holroyd 150
            Penrose 60 Trevithick 40 Pascoe 150 Rowse 60 Tremayne 40 Hocking 100 Nance 60
            Cornish 100 Snell 100 Squire 120 Tapper 40 Vosper 30 Luscombe 40
            Hargreaves 300 Kershaw 200 Ogden 200 Ainsworth 150 Entwistle 100 Heywood 150
            Pemberton 150 Fairclough 120 Heaton 200 Birch 250 Hurst 250 Hollis 120
            Blackburn 250 Riley-Smith 30 Ward-Jackson 20 Dodd 250 Pratt 250 Tyler 250
            Bull 200 Rowland 200 Duffield 80 Cope 150 Hirst 200 Pryor 60 Noble 250
        """,
        "welsh": """
            Jones 7000 Williams 5500 Davies 4500 Evans 3300 Thomas 3200 Roberts 3100
            Edwards 2200 Hughes 2200 Lewis 2100 Morgan 1600 Phillips 1500 Price 1400
            Griffiths 1400 Powell 1050 Owen 1000 Lloyd 950 Jenkins 900 Rees 700 Parry 600
            Pritchard 500 Pugh 450 Bowen 450 Vaughan 350 Howells 300 Prosser 200
            Meredith 250 Probert 150 Llewellyn 300 Humphreys 400 Watkins 550 Jenkins-Rees 20
            Griffith 250 Gwynne 60 Morris-Jones 30 Hopkin 60 Maddox 60 Gittins 60
        """,
        "scottish": """
            Campbell 1000 Stewart 800 Robertson 650 Thomson 500 Murray 900 Reid 650
            Ross 600 Paterson 400 Fraser 400 MacDonald 500 McDonald 550 Mackenzie 350
            Mackay 300 Hamilton 600 Henderson 600 Ferguson 450 Cameron 400 Grant 700
            Kerr 350 McLean 300 Gordon 550 Wallace 550 Johnston 550 Kennedy 650 Duncan 400
            Sinclair 300 Munro 250 Buchanan 250 Bruce 300 Docherty 250 McGregor 250
            Crawford 350 Drummond 200 Morrison 450 Graham 850 Douglas 450 Davidson 450
            Watt 250 Baird 200 Lindsay 250 McIntyre 200 Boyd 250
        """,
        "irish": """
            Murphy 1250 Kelly 1350 O'Brien 750 Ryan 750 Byrne 550 Walsh 850 O'Connor 550
            O'Neill 550 Doyle 550 McCarthy 550 Gallagher 450 O'Sullivan 400 Lynch 500
            Quinn 500 Burke 500 Nolan 350 Daly 350 Connolly 350 Flanagan 250 Kavanagh 250
            O'Reilly 250 Maguire 250 Doherty 350 Sweeney 250 Donnelly 300 Keane 250
            McLaughlin 250 Brady 300 Flynn 350 Farrell 350 Regan 200 Power 300 Hogan 250
            Fitzpatrick 250 Kenny 300 Duffy 300 Carroll 450 Boyle 300 Foley 250 McDonagh 150
            Dunne 250 Joyce 250 Hennessy 150 Moloney 150 Tierney 150 Mulligan 150
            O'Donnell 200 Costello 150 Reilly 300 Whelan 150 Brennan 400
            Fitzgerald 300
        """,
        "caribbean": """
            Henry 500 Joseph 500 Samuels 250 Gayle 200 Wint 80 Blackwood 200 Beckford 150
            Brissett 100 Ricketts 200 DaCosta 120 Lindo 100 Hinds 150 Walcott 150
            McFarlane 200 Gooden 60 Spence 200 Forbes 200 McKenzie 300 Thompson-Reid 20
            Ellington 60 Lawrence-Brown 20 Clarke-Henry 20 Bryan 150 Francis-Joseph 20
            Grant-Samuels 10 Morgan-Henry 10 Cunningham 150 Bernard 100 Alleyne 60
            Belgrave 40 Bovell 30 Cumberbatch 60
        """,
        "pakistani": """
            Khan 3000 Hussain 2000 Ahmed 1500 Ali 1800 Akhtar 900 Iqbal 700 Mahmood 600
            Shah 500 Malik 700 Butt 400 Mirza 300 Rehman 400 Raza 300 Aslam 300 Qureshi 300
            Ashraf 300 Bashir 300 Javed 300 Riaz 250 Siddiqui 200 Sheikh 250 Zaman 250
            Chaudhry 250 Anwar 250 Saleem 200 Nawaz 250 Yousaf 250 Rashid 300 Arshad 200
            Mehmood 250 Rafiq 200 Hanif 200 Sadiq 150 Ilyas 150 Latif 150 Tariq 150
            Khalid 150 Shafiq 120 Nazir 150 Hameed 100 Abbas 200 Jamil 100
        """,
        "indian": """
            Patel 4000 Sharma 500 Kumar 600 Shah 700 Mistry 400 Parmar 400 Chauhan 300
            Joshi 300 Gupta 300 Mehta 250 Desai 250 Lad 150 Solanki 250 Pandya 120 Bhatt 150
            Rana 120 Chavda 100 Modi 100 Naik 80 Nair 120 Pillai 80 Reddy 80 Iyer 60
            Rao 80 Menon 60 Fernandes 80 D'Souza 100 Pereira 60 Rodrigues 50
        """,
        "punjabi_sikh": """
            Singh 3500 Gill 800 Sandhu 500 Sidhu 300 Dhillon 350 Bains 250 Johal 250
            Sohal 150 Grewal 200 Virdee 150 Atwal 120 Bassi 150 Dhaliwal 200 Sahota 150
            Kang 150 Randhawa 150 Bhogal 100 Rai 150 Mann 150 Chahal 100
        """,
        "bangladeshi": """
            Miah 1200 Ahmed 1500 Uddin 1000 Rahman 1200 Islam 800 Hussain 700 Ali 900
            Hoque 400 Chowdhury 500 Hossain 400 Alam 300 Ullah 400 Khan 500 Haque 300
            Mahmud 150 Amin 200 Karim 150 Sarkar 100 Talukdar 80 Mia 200 Choudhury 300
        """,
        "polish": """
            Nowak 900 Kowalski 800 Wiśniewski 600 Wójcik 600 Kowalczyk 500 Kamiński 500
            Lewandowski 500 Zieliński 400 Szymański 400 Woźniak 400 Dąbrowski 400
            Kozłowski 300 Jankowski 300 Mazur 300 Wojciechowski 300 Kwiatkowski 300
            Krawczyk 300 Kaczmarek 300 Piotrowski 250 Grabowski 250 Zając 250 Pawłowski 250
            Michalski 250 Król 200 Wieczorek 200 Jabłoński 200 Nowakowski 200 Majewski 200
            Olszewski 200 Stępień 150 Malinowski 150 Jaworski 150 Adamczyk 150 Dudek 150
            Górski 120 Sikora 150 Walczak 150 Baran 120 Rutkowski 120 Michalak 120
        """,
        "romanian": """
            Popescu 700 Ionescu 500 Popa 500 Pop 400 Radu 400 Dumitru 400 Stan 300
            Stoica 300 Gheorghe 300 Matei 250 Constantin 300 Rusu 300 Munteanu 250 Lungu 200
            Mocanu 150 Marin 250 Tudor 200 Ciobanu 200 Dinu 150 Florea 200 Ilie 200
            Moldovan 150 Barbu 150 Nistor 100 Ungureanu 100 Sârbu 80
        """,
        "lithuanian": """
            Kazlauskas 400 Jankauskas 300 Petrauskas 300 Stankevičius 300 Vasiliauskas 250
            Žukauskas 200 Butkus 200 Paulauskas 250 Urbonas 200 Kavaliauskas 200
            Balčiūnas 150 Rimkus 120 Sakalauskas 120 Navickas 150 Pocius 100 Mockus 100
            Šimkus 100 Lukoševičius 80
        """,
        "ukrainian": """
            Shevchenko 300 Kovalenko 250 Bondarenko 250 Tkachenko 200 Kravchenko 200
            Melnyk 250 Boyko 200 Koval 200 Oliynyk 150 Marchenko 120 Lysenko 120 Rudenko 100
            Moroz 100 Savchenko 100 Kovalchuk 120 Polishchuk 100
        """,
        "nigerian": """
            Okafor 300 Okonkwo 250 Adeyemi 300 Adebayo 300 Ogunleye 150 Olawale 150 Eze 250
            Nwosu 200 Obi 250 Chukwu 200 Balogun 200 Bello 200 Adeleke 150 Afolabi 200
            Akinola 150 Oladipo 120 Okoro 150 Oyedele 100 Adewale 150 Nwachukwu 150 Ojo 200
            Ogundipe 100 Oyelaran 60 Ibrahim 100 Eboh 60 Anyanwu 100 Onuoha 80 Adeniyi 120
            Oladele 100 Okeke 150 Uche 80 Ezeh 60
        """,
        "somali": """
            Mohamed 1000 Ali 500 Hassan 500 Abdi 500 Ahmed 400 Omar 300 Farah 400
            Warsame 200 Jama 300 Osman 300 Nur 200 Yusuf 300 Abdullahi 300 Ismail 250
            Hussein 250 Aden 250 Egal 80 Elmi 150 Dahir 150 Mohamud 300 Hersi 150 Duale 100
            Abdulle 120 Gure 60 Samatar 80
        """,
        "ghanaian": """
            Mensah 500 Owusu 400 Boateng 400 Asante 300 Osei 350 Appiah 250 Agyeman 200
            Amoah 200 Ansah 200 Darko 150 Acheampong 150 Opoku 200 Addo 200 Quaye 100
            Tetteh 150 Adjei 200 Frimpong 150 Danquah 80 Sarpong 120 Bonsu 100 Antwi 120
        """,
        "chinese": """
            Chen 300 Wang 300 Li 300 Zhang 300 Liu 250 Wong 400 Chan 400 Lam 250 Cheung 250
            Ng 250 Yang 150 Huang 150 Zhao 100 Wu 150 Zhou 100 Lin 150 Xu 100 Ho 200
            Leung 200 Tang 150 Chow 150 Lau 200 Yip 100 Tsang 80 Kwok 80 Yeung 100
        """,
        "arabic": """
            Hassan 300 Ali 300 Abdullah 300 Saleh 200 Haddad 150 Mansour 150 Nasser 150
            Ibrahim 250 Khalil 150 Said 150 Al-Hashimi 100 Mahmoud 250 Mohammed 400
            Hussein 250 Aziz 150 Yousef 150 Othman 150 Kareem 100 Al-Sayed 100 Salem 120
            Mustafa 150 Hamdan 80 Al-Khatib 80 Barakat 60 Nassar 60 Abbas 100 Qasim 100
            Jaber 80 Al-Rawi 60 Karim 80 Ahmad 200 Omar 150
        """,
        "turkish": """
            Yılmaz 300 Kaya 200 Demir 200 Şahin 200 Çelik 200 Yıldız 150 Aydın 150
            Öztürk 150 Arslan 120 Doğan 120 Kılıç 100 Aslan 100 Koç 80 Kurt 100 Özdemir 100
        """,
        "portuguese": """
            Silva 500 Santos 400 Ferreira 300 Pereira 300 Oliveira 250 Costa 250 Rodrigues 250
            Martins 200 Sousa 200 Fernandes 200 Gomes 200 Lopes 150 Marques 150 Almeida 120
            Ribeiro 120 Carvalho 120 Teixeira 100
        """,
        "italian": """
            Rossi 200 Russo 200 Ferrari 150 Esposito 150 Bianchi 120 Romano 120 Colombo 100
            Ricci 100 Marino 100 Greco 100 Bruno 100 Conti 80 De_Luca 80 Gallo 80 Moretti 60
        """,
        "albanian": """
            Hoxha 200 Krasniqi 200 Gashi 150 Berisha 150 Shehu 120 Leka 100 Dervishi 80
            Hysa 80 Kola 80 Marku 80 Prifti 60 Bajrami 100 Rama 80
        """,
        "afghan": """
            Ahmadi 300 Mohammadi 250 Hakimi 150 Rahimi 150 Sultani 100 Hashimi 150 Popal 60
            Stanikzai 80 Noori 120 Karimi 150 Sharifi 100 Safi 120 Amiri 100 Azizi 120
        """,
        "vietnamese": """
            Nguyen 500 Tran 200 Le 150 Pham 150 Hoang 100 Vu 100 Phan 80 Dang 80 Bui 80 Do 80
        """,
    }
)

# Surnames that a family's mother or grandmother may carry instead of the family name:
# the child is rarely registered under them, but the carers list is.
WOMENS_SURNAMES: Final[Mapping[Origin, tuple[tuple[str, int], ...]]] = {
    "bangladeshi": (("Begum", 8), ("Khatun", 3), ("Bibi", 1), ("Akter", 2), ("Sultana", 1)),
    "pakistani": (("Bibi", 3), ("Begum", 2), ("Kausar", 1), ("Parveen", 1)),
    "punjabi_sikh": (("Kaur", 6),),
}

# Sikh naming: girls take Kaur and boys Singh as a second forename or surname.
SIKH_FEMALE_NAME: Final = "Kaur"
SIKH_MALE_NAME: Final = "Singh"


# --- Name variants ------------------------------------------------------------------------
# Groups of forenames that the same person may be recorded under: diminutives, nicknames,
# spelling variants and the same name in another language or script's transliteration.
# Groups may overlap ("Alex", "Sasha"): a name's variants are the union of its groups.

NAME_VARIANTS: Final[tuple[tuple[str, ...], ...]] = (
    ("William", "Bill", "Billy", "Will", "Willie", "Liam", "Wills", "Wiliam", "Gwilym"),
    ("Elizabeth", "Elisabeth", "Betty", "Beth", "Bethan", "Liz", "Lizzie", "Lizzy", "Eliza",
     "Libby", "Bess", "Bessie", "Elspeth", "Elżbieta", "Elisabetta", "Isabel"),
    ("Siobhan", "Siobhán", "Shivaun", "Shevaun", "Shivawn", "Chevonne"),
    ("Dafydd", "David", "Dai", "Dave", "Davey", "Davy", "Dewi", "Dawid", "Dovydas", "Davide"),
    ("Mohammed", "Muhammad", "Mohamed", "Mohammad", "Muhammed", "Mohamad", "Mohamud",
     "Mehmet", "Mohammod", "Mohd", "Maxamed", "Muhamad"),
    ("Aleksander", "Alexander", "Alex", "Sasha", "Olek", "Aleksandr", "Alexandru",
     "Aleksandras", "Oleksandr", "Alasdair", "Alistair", "Alastair", "Sandy", "Xander",
     "Alec", "Aleks", "Alessandro", "Olesia"),
    ("Katherine", "Catherine", "Kathryn", "Kate", "Katie", "Katy", "Cathy", "Kathy", "Kat",
     "Kathleen", "Caitlin", "Caitlín", "Catrin", "Catriona", "Katarzyna", "Kasia",
     "Ekaterina", "Katrina", "Kitty"),
    ("Margaret", "Maggie", "Peggy", "Meg", "Margo", "Greta", "Mairéad", "Marged",
     "Małgorzata", "Gosia", "Margarida", "Margarita", "Mared"),
    ("Megan", "Meg", "Meggie", "Megs"),
    ("Robert", "Bob", "Rob", "Bobby", "Robbie", "Bert", "Roberto", "Rab", "Rabbie", "Robin"),
    ("Siân", "Sian", "Shan", "Shân", "Siani"),
    ("Jane", "Jayne", "Janey", "Siân", "Sinéad", "Seonaid", "Shona"),
    ("Niamh", "Neve", "Nieve", "Neave", "Niav", "Neeve"),
    ("Aoife", "Eva", "Eefa", "Ifa"),
    ("Eva", "Eve", "Evie", "Ewa", "Yeva", "Efa", "Éabha"),
    ("Evelyn", "Evie", "Eve", "Evelina"),
    ("Seán", "Sean", "Shaun", "Shawn", "Shane", "Shaune"),
    ("John", "Johnny", "Jon", "Jack", "Johnnie", "Ian", "Iain", "Evan", "Ieuan", "Ifan",
     "Ioan", "Iwan", "Sion", "Siôn", "Seán", "Eoin", "Giovanni", "João", "Jan", "Janek", "Ivan",
     "Jonas", "Juan", "Hans", "Yahya", "Ionuț", "Ion"),
    ("Jakub", "Jacob", "Kuba", "Jake", "Jakob", "Yaqub", "Yakub", "Iacob", "Jokūbas",
     "Jacques", "Giacomo"),
    ("Wojciech", "Wojtek", "Voytek"),
    ("James", "Jim", "Jimmy", "Jamie", "Jem", "Seamus", "Séamus", "Shamus", "Hamish", "Iago",
     "Jaime", "Tiago", "Thiago", "Santiago"),
    ("Thomas", "Tom", "Tommy", "Tomos", "Tomás", "Tomasz", "Tomek", "Toma", "Tomas",
     "Tommaso"),
    ("Michael", "Mike", "Mikey", "Mick", "Micky", "Mickey", "Michał", "Mihai", "Mícheál",
     "Michele", "Mikhail", "Misha", "Mykhailo", "Mikail", "Mikael", "Mihail", "Mikel"),
    ("Nicholas", "Nick", "Nicky", "Nico", "Mikołaj", "Nikolai", "Nicolae", "Niccolò",
     "Nikola", "Klaus", "Nicolas"),
    ("Richard", "Rich", "Richie", "Rick", "Ricky", "Dick", "Rhisiart", "Ryszard", "Riccardo"),
    ("Edward", "Ed", "Eddie", "Eddy", "Ted", "Teddy", "Ned", "Edd", "Edwart"),
    ("Theodore", "Theo", "Ted", "Teddy", "Teodor", "Fyodor", "Teo"),
    ("Frederick", "Fred", "Freddie", "Freddy", "Fryderyk", "Frederic", "Federico"),
    ("Alfred", "Alfie", "Alf", "Fred", "Alfredo"),
    ("Henry", "Harry", "Hal", "Hank", "Henryk", "Harri", "Henri", "Enrique"),
    ("Charles", "Charlie", "Chas", "Chuck", "Karol", "Carol", "Karolis", "Siarl", "Carlos",
     "Carlo"),
    ("Charlotte", "Lottie", "Charlie", "Lotte", "Carlotta", "Sharlotte"),
    ("Caroline", "Carolyn", "Carrie", "Karolina", "Caro", "Carolina"),
    ("Joseph", "Joe", "Joey", "Jo", "Józef", "Josef", "Yusuf", "Yousef", "Youssef", "Yousuf",
     "Yusef", "Giuseppe", "José", "Iosif", "Juozas", "Seosamh"),
    ("Benjamin", "Ben", "Benji", "Benny", "Binyamin", "Benas", "Beniamin"),
    ("Samuel", "Sam", "Sammy", "Samuele", "Samuil", "Shmuel"),
    ("Samantha", "Sam", "Sammy", "Sammie"),
    ("Daniel", "Dan", "Danny", "Dani", "Daniele", "Danyal", "Daniyal", "Danial", "Deiniol"),
    ("Matthew", "Matt", "Matty", "Mathew", "Mateusz", "Matei", "Matteo", "Mattia", "Matas",
     "Mateo", "Matthias", "Maciej", "Maciek", "Matvii"),
    ("Christopher", "Chris", "Kit", "Christy", "Krzysztof", "Krzyś", "Cristóbal"),
    ("Christina", "Christine", "Kirsty", "Kirsten", "Krystyna", "Cristina", "Tina",
     "Chrissie", "Khrystyna", "Kristina"),
    ("Christian", "Cristian", "Kristian", "Krystian", "Chris"),
    ("Anthony", "Tony", "Antony", "Antoni", "Antonio", "Anton", "Antanas", "Antoine"),
    ("Andrew", "Andy", "Drew", "Andrzej", "Andrei", "Andreas", "Aindriú", "Andrius",
     "Andrii", "Andrés"),
    ("Peter", "Pete", "Piotr", "Petru", "Petras", "Pedro", "Pietro", "Peadar", "Pedr"),
    ("Paul", "Paweł", "Pawel", "Paulius", "Paolo", "Pablo", "Pól", "Pavlo"),
    ("Stephen", "Steven", "Steve", "Stevie", "Stefan", "Ștefan", "Stephan", "Steffan",
     "Esteban", "Stefano", "Steponas", "Stepan"),
    ("Patrick", "Pat", "Paddy", "Pádraig", "Padraig", "Patryk", "Patrice"),
    ("Patricia", "Pat", "Patsy", "Trish", "Tricia", "Patrycja"),
    ("Anne", "Ann", "Anna", "Annie", "Ania", "Anya", "Ana", "Anita", "Nancy", "Nan", "Hanna",
     "Anka"),
    ("Hannah", "Hanna", "Hana", "Hanah", "Channah"),
    ("Mary", "Maria", "Marie", "Máire", "Maire", "Moira", "Maura", "Mair", "Mari", "Mali",
     "Molly", "Polly", "Mariia", "Mairi", "Mhairi", "Marika"),
    ("Maryam", "Mariam", "Miriam", "Mariyam", "Meryem", "Maryum", "Mariam"),
    ("Sarah", "Sara", "Sally", "Sadie", "Sarai"),
    ("Susan", "Sue", "Susie", "Suzanne", "Susanna", "Susannah", "Zuzanna", "Zuza", "Suzy"),
    ("Rebecca", "Becky", "Becca", "Bex", "Rebekah", "Rebeca", "Rivka"),
    ("Jessica", "Jess", "Jessie", "Jessy"),
    ("Victoria", "Vicky", "Vicki", "Tori", "Viki", "Wiktoria", "Viktoriia", "Viktorija"),
    ("Alexandra", "Alex", "Alexa", "Lexi", "Lexie", "Sasha", "Sandra", "Aleksandra", "Ola",
     "Alessandra", "Oleksandra"),
    ("Emily", "Em", "Emmy", "Millie", "Emilia", "Emilie", "Emilija", "Emmie"),
    ("Amelia", "Millie", "Milly", "Amalia", "Amelija", "Amélie", "Amelie"),
    ("Isabella", "Isabel", "Isobel", "Izzy", "Izzie", "Bella", "Izabela", "Isabelle",
     "Ishbel", "Sibéal", "Izabella"),
    ("Olivia", "Liv", "Livvy", "Livia", "Oliwia"),
    ("Oliver", "Ollie", "Olly", "Oli", "Oliwer", "Olivier"),
    ("Jonathan", "Jon", "Jonny", "Jonty"),
    ("Nathaniel", "Nathan", "Nat", "Nate", "Natanael", "Nathanael"),
    ("Zachary", "Zach", "Zack", "Zak", "Zachariah", "Zakaria", "Zakariya", "Zakariye",
     "Zakariyya", "Zachariasz"),
    ("Joshua", "Josh", "Josue", "Yeshua"),
    ("Gabriel", "Gabe", "Gabi", "Jibril", "Jibreel", "Gabriele", "Gavriil"),
    ("Gabrielle", "Gabriella", "Gabriela", "Gabi", "Gaby", "Gabija"),
    ("Abigail", "Abbie", "Abby", "Abi", "Gail", "Abbey"),
    ("Eleanor", "Elinor", "Ellie", "Nell", "Nellie", "Leonora", "Nora", "Norah", "Elen",
     "Leonor"),
    ("Helen", "Helena", "Ellen", "Elena", "Elen", "Elin", "Eileen", "Eilidh", "Ilona",
     "Lena", "Olena"),
    ("Josephine", "Jo", "Josie", "Józefa", "Jozefina", "Giuseppina"),
    ("Joanna", "Joanne", "Jo", "Joanie", "Ioana", "Joana", "Johanna", "Siobhan"),
    ("Natalie", "Natalia", "Nat", "Tasha", "Natasha", "Natalya", "Nataliia"),
    ("Jennifer", "Jenny", "Jen", "Jenna", "Jenni"),
    ("Deborah", "Debbie", "Debra", "Deb", "Debs"),
    ("Rachel", "Rae", "Rachael", "Rahel", "Raquel"),
    ("Lucy", "Lucia", "Lucie", "Łucja", "Luciana"),
    ("Sophie", "Sophia", "Sofia", "Zofia", "Zosia", "Sofija", "Sofiia", "Soph", "Sophy"),
    ("Grace", "Gracie", "Gráinne", "Grainne", "Graziella"),
    ("Louis", "Lewis", "Lou", "Luis", "Ludwik", "Luigi", "Ludovic", "Louie", "Luiz"),
    ("Louise", "Louisa", "Lou", "Lulu", "Luiza", "Luisa"),
    ("Hugh", "Hughie", "Huw", "Hugo", "Aodh"),
    ("Owen", "Owain", "Ewan", "Euan", "Ewen", "Eoghan", "Eugene"),
    ("Rhys", "Reece", "Reese", "Rees", "Rhett"),
    ("Llewellyn", "Llewelyn", "Llywelyn", "Llew", "Lyn"),
    ("Cerys", "Ceris", "Kerys", "Carys"),
    ("Fiona", "Ffion", "Fionnuala", "Nuala", "Fionn"),
    ("Cian", "Kian", "Keane", "Kean", "Kyan"),
    ("Ciara", "Kiara", "Ciarra", "Keira", "Kiera", "Kira", "Kiarah"),
    ("Caoimhe", "Keeva", "Kweeva", "Keevah"),
    ("Saoirse", "Seersha", "Searsha", "Sersha", "Sairsha"),
    ("Róisín", "Roisin", "Rosheen", "Roisheen"),
    ("Oisín", "Oisin", "Osheen", "Ossian"),
    ("Tadhg", "Teague", "Taidhg", "Tighe"),
    ("Timothy", "Tim", "Timmy", "Tymoteusz", "Timofei"),
    ("Dominic", "Dom", "Dominik", "Dominykas", "Domenico"),
    ("Ibrahim", "Abraham", "Ebrahim", "Ibraheem", "Abe", "Ibrahima", "Avraham"),
    ("Ahmed", "Ahmad", "Ahmet", "Axmed"),
    ("Hussain", "Hussein", "Husain", "Hossain", "Husayn", "Xuseen"),
    ("Hassan", "Hasan", "Xasan", "Hassen"),
    ("Omar", "Umar", "Omer", "Ömer", "Cumar"),
    ("Osman", "Othman", "Usman", "Uthman", "Cusmaan"),
    ("Abdullah", "Abdallah", "Abdulla", "Abdullahi", "Abdellah", "Cabdullahi"),
    ("Abdirahman", "Abdulrahman", "Abdurahman", "Abdul Rahman", "Abdi", "Cabdiraxmaan"),
    ("Aisha", "Ayesha", "Aysha", "Aishah", "Ayşe", "Ayeesha", "Aisa"),
    ("Fatima", "Fatimah", "Fatma", "Fatuma", "Faduma", "Fadumo", "Fatimeh"),
    ("Khadija", "Khadijah", "Kadija", "Hadija", "Hatice", "Khadiija"),
    ("Zainab", "Zaynab", "Zeinab", "Zenab", "Zeynep"),
    ("Yasmin", "Yasmine", "Jasmine", "Jasmin", "Yasmeen", "Jazmin", "Jaz"),
    ("Layla", "Leila", "Laila", "Leyla", "Lailah", "Lejla", "Laylah"),
    ("Noor", "Nur", "Nour", "Nura", "Noora"),
    ("Hamza", "Hamzah", "Hamsa"),
    ("Yahya", "Yahia", "Yehia"),
    ("Eesa", "Isa", "Issa", "Esa", "Iisa", "Essa"),
    ("Musa", "Moosa", "Moses", "Mousa", "Muse"),
    ("Dawud", "Dawood", "Daud", "Dawit"),
    ("Suleiman", "Sulaiman", "Sulayman", "Süleyman", "Solomon", "Sol", "Suleyman"),
    ("Ismail", "Ismael", "Ismaeel", "Ishmael", "Esmail", "Ismaaciil"),
    ("Ilyas", "Elijah", "Eli", "Elias", "Ilias", "Ilie", "Eliasz", "Elyas"),
    ("Isaac", "Ike", "Ishaq", "Izaak", "Isaak", "Izak", "Ishak"),
    ("Yusra", "Yousra", "Usra"),
    ("Sumaya", "Sumayyah", "Sumaiya", "Somaya", "Sumaia"),
    ("Hafsa", "Hafsah", "Hafza", "Xafsa"),
    ("Ruqayyah", "Ruqaya", "Ruqayya", "Rukia", "Rukiya"),
    ("Amira", "Ameera", "Amirah", "Emira"),
    ("Mustafa", "Mostafa", "Moustafa", "Mustapha", "Mustefa"),
    ("Yaseen", "Yasin", "Yassin", "Yasin", "Yacine"),
    ("Oluwatobi", "Oluwatobiloba", "Tobi", "Tobiloba"),
    ("Tobias", "Toby", "Tobiah"),
    ("Oluwaseun", "Seun"),
    ("Oluwafemi", "Femi"),
    ("Oluwadamilola", "Damilola", "Dami", "Lola"),
    ("Babatunde", "Tunde"),
    ("Ayodele", "Dele", "Ayo"),
    ("Ayomide", "Ayo", "Mide"),
    ("Chukwuemeka", "Emeka"),
    ("Chiamaka", "Amaka"),
    ("Chinonso", "Nonso"),
    ("Chidiebere", "Chidi"),
    ("Kwabena", "Kobina", "Kwabina", "Ebo"),
    ("Kwaku", "Kweku", "Kwaaku"),
    ("Kwadwo", "Kojo", "Kwadjo", "Jojo"),
    ("Adwoa", "Adjoa", "Adjua"),
    ("Kwame", "Kwami", "Kwamena"),
    ("Kwesi", "Kweisi", "Kwasi", "Akwasi"),
    ("Szymon", "Simon", "Simeon", "Shimon", "Szymek", "Sim", "Simão"),
    ("Luke", "Lucas", "Lukas", "Łukasz", "Lukasz", "Luca", "Luka", "Lucca", "Luc"),
    ("Kacper", "Casper", "Jasper", "Kasper", "Gaspar", "Caspar"),
    ("Bartosz", "Bartek", "Bartholomew", "Bart"),
    ("Gregory", "Greg", "Grzegorz", "Grigore", "Gregor", "Grzesiek"),
    ("George", "Georgie", "Jerzy", "Jorge", "Giorgio", "Georgios", "Gheorghe", "Siôr",
     "Jurgis", "Gjergj", "Yuri", "Yurii", "Geordie"),
    ("Georgia", "Georgina", "Georgie", "Gina", "Georgiana"),
    ("Julia", "Julie", "Jules", "Julka", "Giulia", "Iulia", "Juliette", "Julija"),
    ("Maja", "Maya", "Maia", "Mya", "Miya"),
    ("Agnieszka", "Agnes", "Aga", "Inez", "Inês", "Ines", "Agnese"),
    ("Francis", "Frank", "Frankie", "Franciszek", "Franek", "Francesco", "Francisco",
     "Proinsias", "Franco"),
    ("Frances", "Fran", "Frankie", "Francesca", "Franciszka", "Francisca", "Fanny"),
    ("Noah", "Noa", "Nojus", "Nuh", "Noé"),
    ("Adam", "Adomas", "Adem", "Adamo"),
    ("Dorothy", "Dot", "Dottie", "Dora", "Dorothea", "Thea"),
    ("Leonard", "Leo", "Len", "Lenny", "Leonardo", "Leonid"),
    ("Archibald", "Archie", "Archy"),
    ("Ronald", "Ron", "Ronnie"),
    ("Donald", "Don", "Donnie", "Dónal", "Donal", "Domhnall"),
    ("Kenneth", "Ken", "Kenny", "Coinneach"),
    ("Philip", "Phil", "Phillip", "Pip", "Filip", "Felipe", "Filippo", "Pilib"),
    ("Jeremiah", "Jeremy", "Jerry", "Jez", "Diarmuid"),
    ("Gerard", "Gerry", "Ger", "Gearóid", "Gerald"),
    ("Lawrence", "Laurence", "Larry", "Laurie", "Lorenzo", "Wawrzyniec", "Lorenz"),
    ("Albert", "Bert", "Bertie", "Albie", "Alberto"),
    ("Arthur", "Art", "Artie", "Artur", "Arturo", "Artūras", "Artem"),
    ("Alice", "Ally", "Allie", "Alicja", "Alis", "Alicia", "Alisa"),
    ("Jacqueline", "Jackie", "Jacqui"),
    ("Rose", "Rosie", "Rosa", "Rosanna", "Rosalie", "Rózia"),
    ("Matilda", "Tilly", "Tillie", "Tilda", "Maud", "Matylda", "Matilde"),
    ("Florence", "Flo", "Florrie", "Flossie"),
    ("Harriet", "Hattie", "Hatty"),
    ("Theresa", "Teresa", "Tess", "Tessa", "Terri", "Treasa", "Tereza"),
    ("Cecilia", "Cecily", "Cissy", "Celia", "Sissy"),
    ("Edmund", "Edmond", "Éamonn", "Eamon", "Eamonn", "Ned"),
    ("Neil", "Neal", "Niall", "Neill", "Nial"),
    ("Conor", "Connor", "Conner", "Konnor", "Conchúr"),
    ("Aidan", "Aiden", "Aodhán", "Ayden", "Aedan", "Aydan"),
    ("Brian", "Bryan", "Brion"),
    ("Kieran", "Ciarán", "Ciaran", "Keiran", "Kieron", "Kieren"),
    ("Darragh", "Dara", "Darach"),
    ("Ruairí", "Ruaridh", "Rory", "Ruairi", "Ruaraidh", "Roderick", "Rhoderick"),
    ("Lachlan", "Lachie", "Lockie"),
    ("Callum", "Calum", "Colm", "Colum", "Columba"),
    ("Gruffydd", "Griffith", "Gruff", "Griff", "Gruffudd"),
    ("Iestyn", "Justin", "Justyn"),
    ("Sioned", "Janet", "Jeanette"),
    ("Laura", "Lowri", "Lori", "Laurie"),
    ("Maximilian", "Max", "Maxim", "Maksymilian", "Maks", "Maksym", "Massimo"),
    ("Jayden", "Jaden", "Jaiden", "Jaydon", "Jadon"),
    ("Dylan", "Dillon", "Dilan"),
    ("Freya", "Freja", "Frea", "Freyja"),
    ("Zoe", "Zoë", "Zoey", "Zoie"),
    ("Chloe", "Chloë", "Khloe", "Cloe"),
    ("Imogen", "Immy", "Imi", "Imogene"),
    ("Lily", "Lilly", "Lili", "Lillie", "Lilian", "Lillian", "Liliana"),
    ("Amy", "Aimee", "Amie", "Aimée"),
    ("Mia", "Miah", "Mya"),
    ("Arjun", "Arjan"),
    ("Aarav", "Arav", "Aarav"),
    ("Siddharth", "Sid", "Siddhart", "Siddarth"),
    ("Priya", "Pria", "Preya"),
    ("Harpreet", "Harprit", "Harpreetkaur"),
    ("Gurpreet", "Gurprit"),
    ("Ayaan", "Ayan", "Aayan", "Ayaan"),
    ("Rayyan", "Rayan", "Raiyan", "Rayaan"),
    ("Zayn", "Zain", "Zayan", "Zayne"),
    ("Mikail", "Mikael", "Mikaeel", "Michael"),
    ("Anastasiia", "Anastasia", "Nastya", "Stacey", "Stasia"),
    ("Dmytro", "Dmitri", "Dmitry", "Dima"),
    ("Bohdan", "Bogdan"),
    ("Yehor", "Egor", "Yegor"),
    ("Solomiia", "Solomia", "Salome"),
    ("Ioana", "Ioanna"),
    ("Ionuț", "Ionut"),
    ("Rareș", "Rares"),
    ("João", "Joao"),
    ("Tomás", "Tomas"),
    ("Gonçalo", "Goncalo"),
    ("Jokūbas", "Jokubas"),
    ("Haoran", "Hao-Ran"),
    ("Ka-Ho", "Kaho"),
    ("Wei", "Way"),
)


def _variant_indexes() -> tuple[dict[str, frozenset[str]], dict[str, tuple[str, ...]]]:
    folded: dict[str, frozenset[str]] = {}
    display: dict[str, tuple[str, ...]] = {}
    for group in NAME_VARIANTS:
        members = tuple(dict.fromkeys(group))
        keys = frozenset(fold(member) for member in members)
        for member in members:
            key = fold(member)
            folded[key] = folded.get(key, frozenset()) | keys
            display[key] = tuple(dict.fromkeys((*display.get(key, ()), *members)))
    return folded, display


_VARIANTS_FOLDED, _VARIANTS_DISPLAY = _variant_indexes()


def variants_of(name: str) -> frozenset[str]:
    """The folded forms of every name the same person may be recorded under, itself included.

    Empty when the name is in no group, so callers can tell "no known variants" from
    "only itself".
    """
    return _VARIANTS_FOLDED.get(fold(name), frozenset())


def display_variants(name: str) -> tuple[str, ...]:
    """The written forms of :func:`variants_of`, in table order, for data generation."""
    return _VARIANTS_DISPLAY.get(fold(name), ())


# Surname spellings and transliterations that one family is recorded under by different
# agencies: romanisations of Arabic, Bengali, Urdu, Somali and Chinese, Mac/Mc, apostrophes.
SURNAME_VARIANTS: Final[tuple[tuple[str, ...], ...]] = (
    ("Mohammed", "Muhammad", "Mohamed", "Mohammad", "Mohamud", "Maxamed"),
    ("Hussain", "Hussein", "Husain", "Hossain", "Husein", "Xuseen"),
    ("Ahmed", "Ahmad", "Ahmet", "Axmed"),
    ("Chowdhury", "Choudhury", "Chaudhry", "Chaudhary", "Choudhary", "Chowdhary"),
    ("Rahman", "Rehman", "Rahaman", "Raxmaan"),
    ("Sheikh", "Shaikh", "Sheik"),
    ("Qureshi", "Quraishi", "Kureshi"),
    ("Mahmood", "Mahmud", "Mehmood", "Mahmoud", "Mahmut"),
    ("Yousaf", "Yusuf", "Yousuf", "Yousef", "Youssef"),
    ("Hoque", "Haque", "Huq", "Hoq"),
    ("Miah", "Mia", "Meah"),
    ("Uddin", "Udin", "Ud-Din"),
    ("Iqbal", "Ikbal"),
    ("Zhang", "Cheung", "Chang"),
    ("Wang", "Wong"),
    ("Huang", "Wong", "Hwang"),
    ("Chen", "Chan", "Chin"),
    ("Li", "Lee", "Lei"),
    ("Zhou", "Chow", "Chou"),
    ("Wu", "Ng", "Woo"),
    ("Lin", "Lam", "Lum"),
    ("Liu", "Lau", "Lao"),
    ("Yang", "Yeung"),
    ("Shevchenko", "Shevtchenko", "Ševčenko", "Chevtchenko"),
    ("Kovalenko", "Kowalenko"),
    ("Tkachenko", "Tkatchenko"),
    ("Melnyk", "Melnik"),
    ("Oliynyk", "Oleinik", "Olejnik"),
    ("O'Brien", "OBrien", "O Brien", "O'Brian"),
    ("O'Connor", "OConnor", "O'Conor", "O Connor"),
    ("O'Neill", "O'Neil", "ONeill", "O Neill"),
    ("O'Sullivan", "OSullivan", "O Sullivan"),
    ("O'Reilly", "OReilly", "Reilly", "Riley"),
    ("O'Donnell", "ODonnell", "Donnell"),
    ("McDonald", "MacDonald", "Macdonald", "Mcdonald"),
    ("McCarthy", "MacCarthy"),
    ("Mackenzie", "McKenzie", "MacKenzie"),
    ("McLean", "MacLean", "Maclean"),
    ("McGregor", "MacGregor"),
    ("Mackay", "McKay", "MacKay"),
    ("McLaughlin", "McLoughlin", "MacLaughlin"),
    ("Thomson", "Thompson", "Tomson"),
    ("Clark", "Clarke"),
    ("Davies", "Davis"),
    ("Phillips", "Philips"),
    ("Matthews", "Mathews"),
    ("Stephens", "Stevens"),
    ("Stephenson", "Stevenson"),
    ("Reid", "Reed", "Read", "Reade"),
    ("Gray", "Grey"),
    ("Smith", "Smyth", "Smythe"),
    ("Johnson", "Jonson"),
    ("Johnston", "Johnstone"),
    ("Griffiths", "Griffith"),
    ("Lloyd", "Loyd", "Floyd"),
    ("Llewellyn", "Llewelyn", "Llywelyn"),
    ("DaCosta", "Da Costa", "Dacosta", "D'Costa", "Costa"),
    ("D'Souza", "DSouza", "De Souza", "Dsouza", "Souza", "Sousa"),
    ("Al-Hashimi", "Alhashimi", "Al Hashimi", "Hashimi", "El-Hashimi"),
    ("Al-Sayed", "Alsayed", "El-Sayed", "Elsayed", "Said"),
    ("Al-Khatib", "Alkhatib", "El-Khatib", "Khatib"),
    ("Al-Rawi", "Alrawi", "Rawi"),
    ("Abdullah", "Abdulla", "Abdallah", "Abdullahi", "Cabdullahi"),
    ("Ibrahim", "Ebrahim", "Ibraheem", "Ibrahimi"),
    ("Hassan", "Hasan", "Hassen", "Xasan"),
    ("Osman", "Othman", "Usman", "Uthman", "Cusmaan"),
    ("Mustafa", "Mostafa", "Moustafa", "Mustapha"),
    ("Nasser", "Naser", "Nasir", "Nassar"),
    ("Saleh", "Salih", "Salah"),
    ("Khalil", "Khaleel", "Halil"),
    ("Aziz", "Azeez", "Azizi"),
    ("Karim", "Kareem", "Karimi"),
    ("Farah", "Farrah"),
    ("Jama", "Jamac"),
    ("Ali", "Cali", "Aly"),
    ("Abdi", "Cabdi"),
    ("Ahmadi", "Ahmady"),
    ("Mohammadi", "Mohamadi", "Muhammadi"),
    ("Nguyen", "Nguyễn", "Nguyên"),
    ("Tran", "Trần"),
    ("Adeyemi", "Adeyemmi"),
    ("Okafor", "Okafo"),
    ("Osei", "Osei-Bonsu"),
    ("Singh", "Sing"),
    ("Sandhu", "Sandu"),
    ("Dhillon", "Dhilon", "Dhillion"),
    ("Begum", "Begom", "Bagum"),
    ("Popescu", "Popesku"),
)

# Polish and Lithuanian surnames change form with sex (and, in Lithuanian, marriage):
# the same family appears as Kowalski and Kowalska, Kazlauskas and Kazlauskaitė.
_POLISH_ENDINGS: Final = (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka"))


def feminine_surname(surname: str, origin: Origin, married: bool) -> str:
    """The form a woman or girl of this family is registered under; the name itself if none."""
    if origin == "polish":
        for male, female in _POLISH_ENDINGS:
            if surname.endswith(male):
                return surname[: -len(male)] + female
        return surname
    if origin == "lithuanian":
        if surname.endswith("ius"):
            return surname[:-3] + ("ienė" if married else "iūtė")
        if surname.endswith("as"):
            return surname[:-2] + ("ienė" if married else "aitė")
        if surname.endswith("is") or surname.endswith("ys"):
            return surname[:-2] + ("ienė" if married else "ytė")
        if surname.endswith("us"):
            return surname[:-2] + ("uvienė" if married else "ūtė")
    return surname


def _surname_indexes() -> dict[str, tuple[str, ...]]:
    groups: list[tuple[str, ...]] = list(SURNAME_VARIANTS)
    for row in SURNAMES:
        if row.origin in ("polish", "lithuanian"):
            forms = (
                row.name,
                feminine_surname(row.name, row.origin, married=False),
                feminine_surname(row.name, row.origin, married=True),
            )
            unique = tuple(dict.fromkeys(forms))
            if len(unique) > 1:
                groups.append(unique)
    index: dict[str, tuple[str, ...]] = {}
    for group in groups:
        for member in group:
            key = fold(member)
            index[key] = tuple(dict.fromkeys((*index.get(key, ()), *group)))
    return index


_SURNAME_DISPLAY: Final = _surname_indexes()


def surname_variants_of(surname: str) -> frozenset[str]:
    """Folded spellings, transliterations and gendered forms of a surname, itself included."""
    members = _SURNAME_DISPLAY.get(fold(surname), ())
    return frozenset(fold(member) for member in members)


def display_surname_variants(surname: str) -> tuple[str, ...]:
    """The written forms of :func:`surname_variants_of`, in table order."""
    return _SURNAME_DISPLAY.get(fold(surname), ())


# --- Local authorities --------------------------------------------------------------------

PhoneArea = Literal["london", "leeds", "other"]


class LocalAuthority(NamedTuple):
    code: str  # ONS code, as the data supply carries it
    name: str
    council: str
    weight: int  # children aged 0–17, thousands (rounded)
    area: PhoneArea  # which drama-range landline block its numbers come from
    districts: tuple[tuple[str, str], ...]  # (postcode district, post town)
    origin_tilt: tuple[tuple[Origin, float], ...]  # multipliers on ORIGIN_SHARES


# North Yorkshire keeps the county code E10000023 that source systems still carry for it.
LOCAL_AUTHORITIES: Final[tuple[LocalAuthority, ...]] = (
    LocalAuthority(
        "E08000035", "Leeds", "Leeds City Council", 180, "leeds",
        (("LS6", "Leeds"), ("LS7", "Leeds"), ("LS8", "Leeds"), ("LS9", "Leeds"),
         ("LS11", "Leeds"), ("LS12", "Leeds"), ("LS14", "Leeds"), ("LS17", "Leeds"),
         ("LS25", "Leeds")),
        (("pakistani", 1.5), ("polish", 1.5), ("nigerian", 1.3), ("somali", 1.5)),
    ),
    LocalAuthority(
        "E09000033", "Westminster", "Westminster City Council", 35, "london",
        (("W2", "London"), ("W9", "London"), ("NW8", "London"), ("SW1P", "London"),
         ("SW1V", "London"), ("W1H", "London"), ("W1U", "London")),
        (("arabic", 5.0), ("bangladeshi", 2.0), ("somali", 2.0), ("italian", 3.0),
         ("portuguese", 2.0), ("british", 0.6)),
    ),
    LocalAuthority(
        "E06000023", "Bristol", "Bristol City Council", 95, "other",
        (("BS3", "Bristol"), ("BS4", "Bristol"), ("BS5", "Bristol"), ("BS6", "Bristol"),
         ("BS7", "Bristol"), ("BS13", "Bristol"), ("BS14", "Bristol")),
        (("somali", 4.0), ("caribbean", 2.0), ("polish", 1.5), ("pakistani", 0.8)),
    ),
    LocalAuthority(
        "E08000025", "Birmingham", "Birmingham City Council", 290, "other",
        (("B8", "Birmingham"), ("B10", "Birmingham"), ("B11", "Birmingham"),
         ("B12", "Birmingham"), ("B13", "Birmingham"), ("B23", "Birmingham"),
         ("B29", "Birmingham"), ("B31", "Birmingham")),
        (("pakistani", 4.5), ("bangladeshi", 2.0), ("caribbean", 2.5), ("somali", 2.5),
         ("arabic", 2.0), ("punjabi_sikh", 1.5), ("romanian", 1.5), ("british", 0.75)),
    ),
    LocalAuthority(
        "E10000023", "North Yorkshire", "North Yorkshire Council", 115, "leeds",
        (("HG1", "Harrogate"), ("HG2", "Harrogate"), ("YO11", "Scarborough"),
         ("YO21", "Whitby"), ("DL6", "Northallerton"), ("DL7", "Northallerton"),
         ("BD23", "Skipton"), ("YO8", "Selby")),
        (("british", 1.3), ("pakistani", 0.15), ("bangladeshi", 0.1), ("indian", 0.3),
         ("nigerian", 0.2), ("somali", 0.05), ("caribbean", 0.2), ("arabic", 0.2)),
    ),
    LocalAuthority(
        "E06000016", "Leicester", "Leicester City Council", 85, "other",
        (("LE1", "Leicester"), ("LE2", "Leicester"), ("LE3", "Leicester"),
         ("LE4", "Leicester"), ("LE5", "Leicester")),
        (("indian", 9.0), ("punjabi_sikh", 3.0), ("somali", 3.0), ("polish", 1.5),
         ("british", 0.6)),
    ),
    LocalAuthority(
        "E08000003", "Manchester", "Manchester City Council", 130, "other",
        (("M8", "Manchester"), ("M9", "Manchester"), ("M11", "Manchester"),
         ("M13", "Manchester"), ("M14", "Manchester"), ("M16", "Manchester"),
         ("M20", "Manchester"), ("M22", "Manchester"), ("M40", "Manchester")),
        (("pakistani", 3.0), ("nigerian", 2.5), ("somali", 2.5), ("chinese", 2.0),
         ("arabic", 2.0), ("irish", 1.5), ("british", 0.8)),
    ),
    LocalAuthority(
        "E06000019", "Herefordshire", "Herefordshire Council", 35, "other",
        (("HR1", "Hereford"), ("HR2", "Hereford"), ("HR4", "Hereford"),
         ("HR6", "Leominster"), ("HR8", "Ledbury"), ("HR9", "Ross-on-Wye")),
        (("welsh", 2.0), ("romanian", 2.0), ("polish", 2.0), ("lithuanian", 2.0),
         ("pakistani", 0.1), ("bangladeshi", 0.1), ("somali", 0.05), ("nigerian", 0.2)),
    ),
    LocalAuthority(
        "E06000051", "Shropshire", "Shropshire Council", 60, "other",
        (("SY1", "Shrewsbury"), ("SY2", "Shrewsbury"), ("SY3", "Shrewsbury"),
         ("SY11", "Oswestry"), ("SY8", "Ludlow"), ("TF9", "Market Drayton"),
         ("WV16", "Bridgnorth")),
        (("welsh", 2.5), ("pakistani", 0.1), ("bangladeshi", 0.1), ("somali", 0.05),
         ("nigerian", 0.2), ("caribbean", 0.2), ("arabic", 0.2)),
    ),
    LocalAuthority(
        "E06000050", "Cheshire West and Chester", "Cheshire West and Chester Council", 65,
        "other",
        (("CH1", "Chester"), ("CH2", "Chester"), ("CH3", "Chester"),
         ("CH65", "Ellesmere Port"), ("CW7", "Winsford"), ("CW8", "Northwich"),
         ("CW9", "Northwich")),
        (("welsh", 2.0), ("pakistani", 0.2), ("bangladeshi", 0.2), ("somali", 0.1),
         ("nigerian", 0.3)),
    ),
    LocalAuthority(
        "E09000030", "Tower Hamlets", "London Borough of Tower Hamlets", 70, "london",
        (("E1", "London"), ("E1W", "London"), ("E2", "London"), ("E3", "London"),
         ("E14", "London")),
        (("bangladeshi", 28.0), ("somali", 3.0), ("chinese", 2.0), ("vietnamese", 3.0),
         ("british", 0.5)),
    ),
    LocalAuthority(
        "E08000032", "Bradford", "City of Bradford Metropolitan District Council", 135,
        "leeds",
        (("BD3", "Bradford"), ("BD5", "Bradford"), ("BD7", "Bradford"), ("BD8", "Bradford"),
         ("BD9", "Bradford"), ("BD10", "Bradford"), ("BD18", "Shipley"),
         ("BD21", "Keighley")),
        (("pakistani", 7.0), ("bangladeshi", 2.0), ("indian", 1.5), ("polish", 2.0),
         ("romanian", 1.5), ("british", 0.75)),
    ),
    LocalAuthority(
        "E09000028", "Southwark", "Southwark Council", 60, "london",
        (("SE1", "London"), ("SE5", "London"), ("SE15", "London"), ("SE16", "London"),
         ("SE17", "London"), ("SE22", "London")),
        (("nigerian", 7.0), ("ghanaian", 5.0), ("caribbean", 4.0), ("portuguese", 3.0),
         ("vietnamese", 4.0), ("british", 0.6)),
    ),
    LocalAuthority(
        "E09000005", "Brent", "Brent Council", 75, "london",
        (("NW2", "London"), ("NW6", "London"), ("NW10", "London"), ("HA0", "Wembley"),
         ("HA9", "Wembley")),
        (("indian", 5.0), ("somali", 4.0), ("romanian", 4.0), ("caribbean", 3.5),
         ("nigerian", 3.0), ("arabic", 3.5), ("afghan", 3.0), ("irish", 1.5),
         ("british", 0.45)),
    ),
    LocalAuthority(
        "E06000031", "Peterborough", "Peterborough City Council", 50, "other",
        (("PE1", "Peterborough"), ("PE2", "Peterborough"), ("PE3", "Peterborough"),
         ("PE4", "Peterborough"), ("PE7", "Peterborough")),
        (("polish", 4.0), ("lithuanian", 6.0), ("pakistani", 3.0), ("romanian", 3.0),
         ("portuguese", 3.0), ("albanian", 2.0), ("british", 0.8)),
    ),
    LocalAuthority(
        "E10000030", "Surrey", "Surrey County Council", 270, "other",
        (("GU1", "Guildford"), ("GU2", "Guildford"), ("GU21", "Woking"),
         ("KT12", "Walton-on-Thames"), ("RH1", "Redhill"), ("RH2", "Reigate"),
         ("GU9", "Farnham"), ("TW20", "Egham")),
        (("british", 1.15), ("pakistani", 0.5), ("somali", 0.2), ("nigerian", 0.5)),
    ),
    LocalAuthority(
        "E08000012", "Liverpool", "Liverpool City Council", 100, "other",
        (("L4", "Liverpool"), ("L6", "Liverpool"), ("L8", "Liverpool"), ("L11", "Liverpool"),
         ("L15", "Liverpool"), ("L17", "Liverpool"), ("L18", "Liverpool"),
         ("L25", "Liverpool")),
        (("irish", 2.5), ("chinese", 2.0), ("somali", 1.5), ("arabic", 1.5),
         ("pakistani", 0.3), ("indian", 0.3)),
    ),
    LocalAuthority(
        "E08000021", "Newcastle upon Tyne", "Newcastle City Council", 60, "other",
        (("NE2", "Newcastle upon Tyne"), ("NE3", "Newcastle upon Tyne"),
         ("NE4", "Newcastle upon Tyne"), ("NE5", "Newcastle upon Tyne"),
         ("NE6", "Newcastle upon Tyne"), ("NE7", "Newcastle upon Tyne"),
         ("NE15", "Newcastle upon Tyne")),
        (("scottish", 1.5), ("bangladeshi", 1.5), ("chinese", 2.0), ("arabic", 2.0)),
    ),
    LocalAuthority(
        "E06000018", "Nottingham", "Nottingham City Council", 70, "other",
        (("NG3", "Nottingham"), ("NG5", "Nottingham"), ("NG6", "Nottingham"),
         ("NG7", "Nottingham"), ("NG8", "Nottingham"), ("NG11", "Nottingham")),
        (("pakistani", 2.0), ("caribbean", 3.0), ("polish", 2.0), ("romanian", 2.0),
         ("nigerian", 1.5)),
    ),
    LocalAuthority(
        "E10000020", "Norfolk", "Norfolk County Council", 180, "other",
        (("NR1", "Norwich"), ("NR2", "Norwich"), ("NR3", "Norwich"),
         ("NR30", "Great Yarmouth"), ("PE30", "King's Lynn"), ("NR14", "Norwich"),
         ("IP24", "Thetford")),
        (("british", 1.2), ("portuguese", 3.0), ("lithuanian", 3.0), ("polish", 1.5),
         ("pakistani", 0.1), ("bangladeshi", 0.2), ("somali", 0.05), ("caribbean", 0.2)),
    ),
    LocalAuthority(
        "E06000044", "Portsmouth", "Portsmouth City Council", 45, "other",
        (("PO1", "Portsmouth"), ("PO2", "Portsmouth"), ("PO3", "Portsmouth"),
         ("PO4", "Portsmouth"), ("PO5", "Portsmouth"), ("PO6", "Portsmouth")),
        (("bangladeshi", 1.5), ("chinese", 1.5), ("pakistani", 0.3)),
    ),
    LocalAuthority(
        "E10000008", "Devon", "Devon County Council", 150, "other",
        (("EX1", "Exeter"), ("EX2", "Exeter"), ("EX4", "Exeter"), ("EX8", "Exmouth"),
         ("EX31", "Barnstaple"), ("EX32", "Barnstaple"), ("TQ12", "Newton Abbot")),
        (("british", 1.3), ("pakistani", 0.05), ("bangladeshi", 0.1), ("somali", 0.05),
         ("nigerian", 0.15), ("caribbean", 0.15), ("indian", 0.3)),
    ),
    LocalAuthority(
        "E06000052", "Cornwall", "Cornwall Council", 110, "other",
        (("TR1", "Truro"), ("TR7", "Newquay"), ("TR14", "Camborne"), ("TR15", "Redruth"),
         ("PL25", "St Austell"), ("PL31", "Bodmin"), ("TR18", "Penzance")),
        (("british", 1.35), ("pakistani", 0.03), ("bangladeshi", 0.05), ("somali", 0.02),
         ("nigerian", 0.1), ("caribbean", 0.1), ("indian", 0.2), ("arabic", 0.1)),
    ),
    LocalAuthority(
        "E08000026", "Coventry", "Coventry City Council", 85, "other",
        (("CV1", "Coventry"), ("CV2", "Coventry"), ("CV3", "Coventry"),
         ("CV4", "Coventry"), ("CV5", "Coventry"), ("CV6", "Coventry")),
        (("indian", 3.0), ("punjabi_sikh", 3.0), ("polish", 2.0), ("romanian", 2.0),
         ("nigerian", 1.5)),
    ),
    LocalAuthority(
        "E06000010", "Kingston upon Hull", "Hull City Council", 60, "leeds",
        (("HU3", "Hull"), ("HU4", "Hull"), ("HU5", "Hull"), ("HU6", "Hull"), ("HU7", "Hull"),
         ("HU8", "Hull"), ("HU9", "Hull")),
        (("polish", 2.5), ("lithuanian", 2.0), ("pakistani", 0.2), ("bangladeshi", 0.2)),
    ),
    LocalAuthority(
        "E08000019", "Sheffield", "Sheffield City Council", 120, "leeds",
        (("S2", "Sheffield"), ("S3", "Sheffield"), ("S5", "Sheffield"), ("S6", "Sheffield"),
         ("S7", "Sheffield"), ("S8", "Sheffield"), ("S10", "Sheffield"),
         ("S11", "Sheffield")),
        (("pakistani", 2.0), ("somali", 2.5), ("arabic", 3.0), ("romanian", 1.5)),
    ),
    LocalAuthority(
        "E09000022", "Lambeth", "Lambeth Council", 60, "london",
        (("SE11", "London"), ("SE27", "London"), ("SW2", "London"), ("SW4", "London"),
         ("SW8", "London"), ("SW9", "London"), ("SW16", "London")),
        (("portuguese", 6.0), ("caribbean", 5.0), ("nigerian", 4.0), ("ghanaian", 4.0),
         ("somali", 2.0), ("british", 0.6)),
    ),
    LocalAuthority(
        "E06000014", "York", "City of York Council", 35, "leeds",
        (("YO10", "York"), ("YO24", "York"), ("YO26", "York"), ("YO30", "York"),
         ("YO31", "York")),
        (("british", 1.2), ("chinese", 1.5), ("pakistani", 0.15), ("bangladeshi", 0.2),
         ("somali", 0.05)),
    ),
)

# Inward-code letters in real use (C, I, K, M, O and V never appear).
INWARD_LETTERS: Final = "ABDEFGHJLNPQRSTUWXYZ"


# --- Streets and institutions -------------------------------------------------------------

STREET_STEMS: Final[tuple[str, ...]] = (
    "Larkspur", "Foxglove", "Kingfisher", "Alder", "Rowan", "Cedar", "Hawthorn", "Juniper",
    "Mulberry", "Sorrel", "Thistle", "Bramble", "Wren", "Heron", "Linnet", "Teasel",
    "Marigold", "Bluebell", "Primrose", "Hazel", "Willow", "Aspen", "Birchfield", "Oakleigh",
    "Ashdown", "Elmstead", "Beechcroft", "Holly", "Ivybridge", "Meadowsweet", "Clover",
    "Fernbank", "Heather", "Lavender", "Poppyfield", "Saxon", "Coldharbour", "Millstream",
    "Brookfield", "Weavers", "Tanners", "Coopers", "Chandlers", "Ropewalk", "Quarry",
    "Orchard", "Vicarage", "Chapel", "Station", "Canal", "Wharf", "Kiln", "Forge", "Granary",
    "Malthouse", "Dovecote", "Sandpiper", "Curlew", "Plover", "Skylark", "Nightingale",
    "Goldcrest", "Fieldfare", "Redwing", "Swallow", "Martin", "Kestrel", "Merlin", "Osprey",
    "Otterburn", "Badger", "Hartley", "Fairholme", "Greenacre", "Longacre", "Highcroft",
    "Lowfield", "Westbrook", "Eastcote", "Northgate", "Southview", "Summerfield",
    "Winterbourne", "Springwood", "Harvest", "Blossom", "Cherrytree", "Appletree", "Pear Tree",
    "Plumtree", "Walnut", "Chestnut", "Sycamore", "Hornbeam", "Spindle", "Blackthorn",
    "Elderberry", "Damson", "Quince",
)

STREET_SUFFIXES: Final[tuple[str, ...]] = (
    "Road", "Street", "Close", "Avenue", "Way", "Lane", "Drive", "Crescent", "Grove",
    "Gardens", "Terrace", "Walk", "Place", "Rise", "Mews", "View", "Court", "Row",
)

_INSTITUTION_STEMS: Final[tuple[str, ...]] = (
    "Oakfield", "Hillside", "Meadowbank", "Brookside", "Greenfield", "Park View", "Westfield",
    "Highfield", "Riverside", "Beechwood", "Ashgrove", "Fernhill", "Larchwood", "Millbrook",
    "Northfield", "Southmead", "Eastwood", "Woodlands", "Hollybank", "Springfield",
    "Rosedale", "Kingsmead", "Queensbury", "Fairfield", "Broadlands", "Cliffe", "Valley",
    "Moorside", "Heathfield", "Orchard", "Thornbury", "Willowbrook", "Elmwood", "Castle View",
    "Lakeside", "Parkside", "Sandfield", "Stonebridge", "Church Hill", "Redbrook",
    "Blackbrook", "Whitecross", "Greystones", "Fieldhouse", "Bankside", "Glebe", "Hawthorns",
    "Summerhill", "Linden", "Copperfield", "Mayfield", "Ridgeway", "Lowlands", "Spring Lane",
    "Windmill", "Harbour", "Beacon", "Chantry", "Priory", "Abbeyfield",
)

_SAINTS: Final[tuple[str, ...]] = (
    "St Mary's", "St Joseph's", "St Peter's", "St John's", "St Anne's", "St Michael's",
    "St Paul's", "St Patrick's", "Holy Trinity", "St Andrew's", "St Margaret's",
    "Christ Church", "St Thomas'", "All Saints", "St Chad's", "St Bede's",
)

InstitutionKind = Literal["primary", "secondary", "college", "gp"]


def institution_names(la_code: str, kind: InstitutionKind, count: int) -> tuple[str, ...]:
    """Synthetic, distinct school, college or GP practice names for one local authority.

    The names depend only on the LA and kind, not on any population seed, so a trainer
    sees the same schools for Leeds in every classroom population.
    """
    rng = random.Random(f"{kind}:{la_code}")  # noqa: S311 -- names, not secrets
    plain: tuple[str, ...]
    faith: tuple[str, ...]
    if kind == "primary":
        plain = ("Primary School", "Primary School", "Primary Academy", "Junior School",
                 "Infant School", "Community Primary School")
        faith = tuple(f"{saint} {church} Primary School" for saint in _SAINTS
                      for church in ("Catholic", "CofE"))
    elif kind == "secondary":
        plain = ("Academy", "High School", "School", "Community College")
        faith = tuple(f"{saint} Catholic High School" for saint in _SAINTS)
    elif kind == "college":
        plain = ("Sixth Form College", "College")
        faith = ()
    else:
        plain = ("Medical Practice", "Surgery", "Health Centre", "Medical Centre",
                 "Family Practice")
        faith = ()
    stems = list(_INSTITUTION_STEMS)
    rng.shuffle(stems)
    names: list[str] = []
    seen: set[str] = set()
    faith_left = list(faith)
    rng.shuffle(faith_left)
    for stem in stems * len(plain):
        if len(names) >= count:
            break
        if faith_left and rng.random() < 0.2:
            name = faith_left.pop()
        else:
            name = f"{stem} {rng.choice(plain)}"
        if name not in seen:
            seen.add(name)
            names.append(name)
    return tuple(names)


# Service names per involvement type, formatted with the council's or area's name.
SERVICE_ORGANISATIONS: Final[Mapping[str, tuple[str, ...]]] = {
    "health_visitor": ("{place} Health Visiting Service", "{place} 0-19 Public Health Nursing"),
    "social_worker": (
        "{council} Children's Social Care",
        "{council} Children and Families Service",
        "{council} Children's Social Work Service",
    ),
    "youth_worker": ("{place} Youth Service", "{place} Youth and Play Service"),
    "youth_offending": ("{place} Youth Justice Service", "{place} Youth Offending Team"),
    "sexual_health": ("{place} Young People's Sexual Health Clinic",),
    "mental_health": ("{place} CAMHS", "{place} Children and Young People's Mental Health Service"),
    "substance_misuse": ("{place} Young People's Drug and Alcohol Service",),
}

OTHER_SERVICES: Final[tuple[tuple[str, int, int], ...]] = (
    # (organisation template, youngest age, oldest age)
    ("{place} Speech and Language Therapy", 1, 12),
    ("{council} Educational Psychology Service", 4, 17),
    ("{place} Young Carers Service", 8, 17),
    ("{place} Family Hub", 0, 11),
    ("{place} Children's Centre", 0, 4),
    ("{council} Education Welfare Service", 5, 16),
    ("{place} Child Development Centre", 0, 7),
    ("{place} School Nursing Service", 5, 17),
    ("{place} Careers and Personal Advice Service", 14, 19),
    ("{council} SEND Service", 2, 17),
)

LEAVING_CARE_SERVICE: Final = "{council} Leaving Care Service"
