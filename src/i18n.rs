//! The widget's own words (not the guidance, which is in the flow): Swedish first, English
//! second. Every text must exist in both; the compiler checks that.
//!
//! The widget has the Swedish words built in. The English ones travel with the English flow, in
//! the same pack (`orosguiden flow-pack en`, [`crate::pack`]), and are fetched with it when
//! someone first asks for English: a Swedish visit does not download them (issue 6; the saving
//! is in BENCHMARKS.md). Built natively (the CLI,
//! which writes that pack, and the tests), the English words are here as [`EN`] too.

use std::cell::Cell;

/// The user-interface texts of one language, in the order of [`words!`] below: read by name
/// (`t.start_title()`), written into and read from a pack as one list ([`Strings::words`],
/// [`Strings::from_words`]).
#[derive(Debug, PartialEq, Eq)]
pub struct Strings([&'static str; WORDS]);

/// Each text of the widget: its name, what it is, then Swedish and English. Makes the names
/// (positions), one method per name, [`WORDS`], [`SV`] and [`EN`]; a text missing in one
/// language does not compile.
macro_rules! words {
    ($($(#[doc = $doc:literal])* $name:ident: $sv:literal, $en:literal;)*) => {
        #[allow(non_camel_case_types)]
        enum Name { $($name),* }

        /// How many texts the widget has.
        pub const WORDS: usize = [$(Name::$name),*].len();

        impl Strings {
            $($(#[doc = $doc])* pub fn $name(&self) -> &'static str {
                self.0[Name::$name as usize]
            })*
        }

        /// Swedish.
        pub const SV: Strings = Strings([$($sv),*]);

        /// English.
        pub const EN: Strings = Strings([$($en),*]);
    };
}

words! {
    /// The language code, for `lang` attributes.
    lang:
        "sv",
        "en";
    /// Label of the language switch (in the other language).
    switch_label:
        "In English",
        "På svenska";
    /// The language the switch leads to.
    switch_to:
        "en",
        "sv";
    /// Accessible name of the widget region.
    widget_name:
        "Orosguiden",
        "Orosguiden – worried about a child";
    /// Start page heading.
    start_title:
        "Orolig för ett barn?",
        "Worried about a child?";
    /// Start page lead.
    start_lead:
        "Svara på några korta frågor. Du får veta om du ska göra en orosanmälan, om du behöver agera nu, vem du kontaktar och vilket stöd barnet och föräldern kan få.",
        "Answer a few short questions. You will find out whether to report your concern to social services, whether you need to act now, whom to contact and what support the child and the parent can get.";
    /// Start page: time and anonymity.
    start_time:
        "Det tar några minuter. Du behöver inte ange vem barnet är.",
        "It takes a few minutes. You do not need to say who the child is.";
    /// Start page: privacy, bold part.
    start_privacy_strong:
        "Inget du svarar sparas eller skickas.",
        "Nothing you answer is stored or sent.";
    /// Start page: privacy, rest.
    start_privacy:
        " Svaren finns bara i den här fliken och försvinner när du väljer Börja om eller stänger sidan.",
        " Your answers exist only in this tab and are gone when you choose Start again or close the page.";
    /// Start page: danger now.
    start_danger:
        "Är ett barn i fara just nu? Ring 112.",
        "Is a child in danger right now? Call 112.";
    /// Start button.
    start_button:
        "Börja",
        "Start";
    /// Under the start button pressed before the widget has started (the prerendered start
    /// page, ui/src/prerender.rs).
    starting:
        "Orosguiden laddas …",
        "Orosguiden is loading …";
    /// Back link.
    back:
        "Tillbaka",
        "Back";
    /// Continue button.
    continue_button:
        "Fortsätt",
        "Continue";
    /// Error summary heading.
    error_title:
        "Det finns ett problem",
        "There is a problem";
    /// Error when no choice is picked.
    error_pick:
        "Välj ett av alternativen",
        "Select one of the options";
    /// Error when no choice is picked on a question with checkboxes.
    error_pick_some:
        "Välj minst ett av alternativen",
        "Select at least one of the options";
    /// Under the legend of a question with checkboxes that may be left empty.
    none_is_fine:
        "Stämmer inget: fortsätt utan att välja.",
        "If none applies, continue without selecting any.";
    /// The emergency number's link on an urgent outcome, first on the page.
    call_112:
        "Fara just nu: ring 112",
        "Danger right now: call 112";
    /// Heading above the way on from the call-now page.
    go_on_title:
        "När du har ringt",
        "When you have made the call";
    /// Under it.
    go_on_text:
        "Svara på några frågor till, så får du veta vad mer du behöver göra: om din skyldighet att anmäla, om föräldrarna, och om stöd till barnet och familjen. Stänger du sidan nu har du ändå fått det viktigaste.",
        "Answer a few more questions to find out what else you need to do: about your duty to report, about the parents, and about support for the child and the family. If you close the page now, you have still had what matters most.";
    /// The button that goes on from the call-now page.
    go_on_button:
        "Fortsätt guiden",
        "Continue the guide";
    /// Before the e-service of a unit to phone now.
    confirm_in:
        "Bekräfta anmälan skriftligt efteråt, till exempel i e-tjänsten: ",
        "Confirm the report in writing afterwards, for example in the e-service: ";
    /// Hidden prefix of an error message.
    error_prefix:
        "Fel: ",
        "Error: ";
    /// Check page heading.
    check_title:
        "Kontrollera dina svar",
        "Check your answers";
    /// Change link.
    change:
        "Ändra",
        "Change";
    /// Button from the check page to the outcome.
    show_outcome:
        "Visa vad du ska göra",
        "Show what to do";
    /// Start again button.
    restart:
        "Börja om",
        "Start again";
    /// Under the start again button.
    restart_hint:
        "Börja om tömmer alla svar och anteckningar.",
        "Start again clears all answers and notes.";
    /// Demo banner, bold part.
    demo_strong:
        "Demonstration. ",
        "Demonstration. ";
    /// Demo banner ({name} is replaced).
    demo_text:
        "{name} är en påhittad kommun och alla telefonnummer här är påhittade. Använd din egen kommuns version av guiden.",
        "{name} is a made-up municipality and every phone number here is made up. Use your own municipality's version of the guide.";
    /// Configuration error heading.
    config_error_title:
        "Kommunens uppgifter kunde inte läsas",
        "The municipality's details could not be read";
    /// Configuration error text ({fallback} is replaced).
    config_error_text:
        "Guiden visar därför bara nationella uppgifter: 112{fallback}. Den som ansvarar för guiden behöver rätta felen nedan.",
        "The guide therefore shows national details only: 112{fallback}. The person responsible for the guide needs to correct the problems below.";
    /// "and {name}'s switchboard {number}" ({name}, {number} replaced).
    config_error_switchboard:
        " och {name}s växel {number}",
        " and {name}'s switchboard {number}";
    /// Show the problems ({n} replaced).
    config_error_show:
        "Visa {n} fel",
        "Show {n} problems";
    /// Accessible name of the configuration error region.
    config_error_region:
        "Fel i konfigurationen",
        "Problems in the configuration";
    /// Outcome could not be assembled: heading.
    outcome_error_title:
        "Något gick fel",
        "Something went wrong";
    /// Outcome could not be assembled: text ({name}, {number} replaced).
    outcome_error_text:
        "Resultatet kunde inte visas. Ring 112 vid fara, annars {name} på {number}.",
        "The result could not be shown. Call 112 in an emergency, otherwise {name} on {number}.";
    /// The widget stopped working (a fault after it started): heading.
    fault_title:
        "Orosguiden har slutat fungera",
        "Orosguiden has stopped working";
    /// The widget stopped working: before the configuration's numbers (after the 112 link).
    fault_text:
        "Annars kan du ringa:",
        "Otherwise you can call:";
    /// The widget stopped working: the organisation's switchboard ({name} replaced).
    fault_switchboard:
        "{name}, växel",
        "{name}, switchboard";
    /// The widget stopped working: how to go on.
    fault_reload:
        "Ladda om sidan för att börja om. Det du hade svarat finns inte kvar.",
        "Reload the page to start again. Your answers are gone.";
    /// Steps heading.
    steps_title:
        "Gör så här",
        "What to do";
    /// Contacts heading.
    contacts_title:
        "Vem du kontaktar",
        "Whom to contact";
    /// "Phone: ".
    phone:
        "Telefon: ",
        "Phone: ";
    /// "Open: ".
    open_hours:
        "Öppet: ",
        "Open: ";
    /// Open now.
    open_now:
        "Öppet nu",
        "Open now";
    /// Closed now.
    closed_now:
        "Stängt nu",
        "Closed now";
    /// "E-service: ".
    e_service:
        "E-tjänst: ",
        "E-service: ";
    /// "Visiting address: ".
    address:
        "Besöksadress: ",
        "Visiting address: ";
    /// Legal basis heading.
    legal_title:
        "Lagstöd",
        "Legal basis";
    /// Marker of an unverified reference.
    verify_locally:
        "verifiera lokalt",
        "verify locally";
    /// Local routine prefix.
    routine:
        "Lokal rutin: ",
        "Local routine: ";
    /// National numbers heading.
    numbers_title:
        "Nationella nummer",
        "National numbers";
    /// Drafting aid heading.
    draft_title:
        "Stöd för att skriva anmälan",
        "Help to write the report";
    /// Drafting aid help.
    draft_hint:
        "Skriv stödord under rubrikerna. Texten stannar i den här fliken: den skickas inte och sparas inte. Skriv barnets namn först i kommunens e-tjänst, inte här.",
        "Write notes under the headings. The text stays in this tab: it is not sent and not stored. Write the child's name in the municipality's e-service, not here.";
    /// Drafting aid heading 1 of 4 (see [`Strings::notes`]).
    note_seen:
        "Vad jag har sett och hört",
        "What I have seen and heard";
    /// Drafting aid heading 2 of 4 (see [`Strings::notes`]).
    note_said:
        "Vad barnet har sagt, med barnets egna ord",
        "What the child has said, in the child's own words";
    /// Drafting aid heading 3 of 4 (see [`Strings::notes`]).
    note_when:
        "När det hände",
        "When it happened";
    /// Drafting aid heading 4 of 4 (see [`Strings::notes`]).
    note_done:
        "Vad jag har gjort hittills",
        "What I have done so far";
    /// Copy button.
    copy:
        "Kopiera sammanfattningen",
        "Copy the summary";
    /// Print button.
    print:
        "Skriv ut",
        "Print";
    /// Copied.
    copied:
        "Sammanfattningen är kopierad. Klistra in den i kommunens e-tjänst eller ett eget dokument.",
        "The summary has been copied. Paste it into the municipality's e-service or a document of your own.";
    /// Copy failed.
    copy_failed:
        "Det gick inte att kopiera. Markera texten och kopiera den själv, eller skriv ut.",
        "Copying did not work. Select the text and copy it yourself, or print.";
    /// Your answers heading.
    answers_title:
        "Dina svar",
        "Your answers";
    /// Footer line ({version}, {org} replaced).
    version_line:
        "Orosguidens innehåll, version {version}. Kontaktuppgifter från {org}.",
        "Orosguiden content, version {version}. Contact details from {org}.";
    /// "tel." before a phone number in lists.
    tel:
        "tel.",
        "phone";
    /// Before the after-hours unit's number on a closed unit ({name} replaced).
    closed_instead:
        "Stängt just nu. Är det brådskande: ring {name}, ",
        "Closed right now. If it is urgent, call {name}, ";
    /// After that number.
    closed_instead_after:
        ", eller 112 vid fara.",
        ", or 112 in an emergency.";
    /// The question where the child lives, for a configuration with several municipalities.
    place_question:
        "Var bor barnet?",
        "Where does the child live?";
    /// The same, asked before the call-now page: where the child is now.
    place_question_now:
        "Var är barnet just nu?",
        "Where is the child right now?";
    /// The question where the child lives, for one municipality ({municipality} replaced).
    place_question_one:
        "Bor barnet i {municipality}?",
        "Does the child live in {municipality}?";
    /// The same, asked before the call-now page.
    place_question_one_now:
        "Är barnet i {municipality} just nu?",
        "Is the child in {municipality} right now?";
    /// Help under the place question.
    place_hint:
        "En anmälan går till socialtjänsten i den kommun där barnet bor. Svaret visar vem du ska kontakta.",
        "A report goes to the social services of the municipality where the child lives. Your answer shows whom to contact.";
    /// Help under the place question before the call-now page.
    place_hint_now:
        "Vid akut fara kontaktar du socialtjänsten i den kommun där barnet är nu.",
        "In acute danger you contact the social services of the municipality where the child is now.";
    /// Short label of the place question on "Check your answers".
    place_short:
        "Var barnet bor",
        "Where the child lives";
    /// The choice "another municipality" among several.
    place_other:
        "En annan kommun",
        "Another municipality";
    /// The choice "no, another municipality" for one municipality.
    place_no:
        "Nej, i en annan kommun",
        "No, in another municipality";
    /// Yes.
    yes:
        "Ja",
        "Yes";
    /// "I don't know" as a choice.
    dont_know:
        "Vet inte",
        "I don't know";
    /// The question of the child's age.
    age_question:
        "Hur gammal är barnet?",
        "How old is the child?";
    /// Help under the age question.
    age_hint:
        "Svaret väljer stöd och råd som passar barnets ålder.",
        "Your answer picks support and advice that fit the child's age.";
    /// Short label of the age question on "Check your answers".
    age_short:
        "Barnets ålder",
        "The child's age";
    /// Age band 0–6.
    age_under_7:
        "0–6 år",
        "0–6 years";
    /// Age band 7–12.
    age_7_12:
        "7–12 år",
        "7–12 years";
    /// Age band 13–14.
    age_13_14:
        "13–14 år",
        "13–14 years";
    /// Age band 15–17.
    age_15_17:
        "15–17 år",
        "15–17 years";
    /// Above the contacts: whose social services they are ({municipality} replaced).
    contacts_in:
        "Socialtjänsten nedan är den i {municipality}.",
        "The social services below are those of {municipality}.";
    /// Inactivity warning.
    idle_warning:
        "Guiden töms om en minut eftersom den inte har använts. Allt du har svarat och skrivit försvinner då.",
        "The guide will be cleared in one minute because it has not been used. Everything you have answered and written will then be gone.";
    /// Button that keeps the journey after the inactivity warning.
    idle_keep:
        "Fortsätt använda guiden",
        "Keep using the guide";
}

impl Strings {
    /// The four headings of the drafting aid.
    pub fn notes(&self) -> [&'static str; 4] {
        [self.note_seen(), self.note_said(), self.note_when(), self.note_done()]
    }

    /// The texts in pack order.
    pub fn words(&self) -> &[&'static str] {
        &self.0
    }

    /// The texts from a pack ([`Strings::words`] order); `None` unless there are exactly
    /// [`WORDS`].
    pub fn from_words(words: &[&'static str]) -> Option<Strings> {
        words.try_into().ok().map(Strings)
    }

    /// The words read from a pack, kept for the rest of the page's life: the widget's English
    /// words, fetched once with the English flow. `None` unless there are exactly [`WORDS`].
    pub fn leaked(words: &[&str]) -> Option<&'static Strings> {
        if words.len() != WORDS {
            return None;
        }
        let kept: Vec<&'static str> = words.iter().map(|w| &*Box::leak(Box::<str>::from(*w))).collect();
        Strings::from_words(&kept).map(|s| &*Box::leak(Box::new(s)))
    }
}

/// The English words the widget has: built natively; in the widget, once they have come with
/// the English flow ([`set_english`]). Not inlined, like [`strings`].
#[inline(never)]
pub fn english() -> Option<&'static Strings> {
    #[cfg(not(target_arch = "wasm32"))]
    return Some(&EN);
    #[cfg(target_arch = "wasm32")]
    ENGLISH.with(Cell::get)
}

thread_local! {
    /// The English words that came with the English flow (the same for every widget on a page).
    static ENGLISH: Cell<Option<&'static Strings>> = const { Cell::new(None) };
}

/// Makes `words` the English words (the widget, when the English flow has come).
pub fn set_english(words: &'static Strings) {
    ENGLISH.with(|e| e.set(Some(words)));
}

/// The strings for a language code: English if the widget has its English words, Swedish
/// otherwise (and for anything but English). Not inlined: it is called on every page, and
/// inlined it would be a copy at each call.
#[inline(never)]
pub fn strings(lang: &str) -> &'static Strings {
    match english() {
        Some(en) if lang == "en" => en,
        _ => &SV,
    }
}

/// Shown in English while the English flow and words are on their way.
pub const LOADING_EN: &str = "Loading the guide in English …";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_read_back_in_both_languages() {
        for t in [&SV, &EN] {
            let words = t.words();
            assert_eq!(words.len(), WORDS);
            assert_eq!(Strings::from_words(words).as_ref(), Some(t));
            assert_eq!(Strings::leaked(words), Some(t));
            assert!(words.iter().all(|w| !w.is_empty()), "{words:?}");
        }
        // Every text is translated; only "Demonstration. " is the same word in both.
        let alike: Vec<_> = SV.words().iter().zip(EN.words()).filter(|(a, b)| a == b).map(|(a, _)| *a).collect();
        assert_eq!(alike, [SV.demo_strong()]);
        assert_eq!((SV.lang(), EN.lang(), SV.switch_to(), EN.switch_to()), ("sv", "en", "en", "sv"));
        assert_eq!(EN.notes(), ["What I have seen and heard", EN.note_said(), EN.note_when(), EN.note_done()]);
        assert_eq!(SV.notes()[0], "Vad jag har sett och hört");
    }

    #[test]
    fn too_few_or_too_many_words_are_refused() {
        let words = EN.words();
        assert_eq!(Strings::leaked(&words[1..]), None);
        let mut more = words.to_vec();
        more.push("x");
        assert_eq!(Strings::leaked(&more), None);
        assert_eq!(Strings::leaked(&[]), None);
        assert_eq!(Strings::from_words(&words[..WORDS - 1]), None);
    }

    #[test]
    fn natively_the_english_words_are_built_in() {
        assert_eq!(english(), Some(&EN));
        assert_eq!(strings("en"), &EN);
        assert_eq!(strings("sv"), &SV);
        assert_eq!(strings("de"), &SV);
    }
}
