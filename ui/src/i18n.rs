//! The widget's own words (not the guidance, which is in the flow): Swedish first, English
//! second. Every field must exist in both; the compiler checks that.

/// The user-interface texts of one language.
pub struct Strings {
    /// The language code, for `lang` attributes.
    pub lang: &'static str,
    /// Label of the language switch (in the other language).
    pub switch_label: &'static str,
    /// While the English guidance is fetched.
    pub loading: &'static str,
    /// The language the switch leads to.
    pub switch_to: &'static str,
    /// Accessible name of the widget region.
    pub widget_name: &'static str,
    /// Start page heading.
    pub start_title: &'static str,
    /// Start page lead.
    pub start_lead: &'static str,
    /// Start page: time and anonymity.
    pub start_time: &'static str,
    /// Start page: privacy, bold part.
    pub start_privacy_strong: &'static str,
    /// Start page: privacy, rest.
    pub start_privacy: &'static str,
    /// Start page: danger now.
    pub start_danger: &'static str,
    /// Start button.
    pub start_button: &'static str,
    /// Back link.
    pub back: &'static str,
    /// Continue button.
    pub continue_button: &'static str,
    /// Error summary heading.
    pub error_title: &'static str,
    /// Error when no choice is picked.
    pub error_pick: &'static str,
    /// Hidden prefix of an error message.
    pub error_prefix: &'static str,
    /// Check page heading.
    pub check_title: &'static str,
    /// Change link.
    pub change: &'static str,
    /// Button from the check page to the outcome.
    pub show_outcome: &'static str,
    /// Start again button.
    pub restart: &'static str,
    /// Under the start again button.
    pub restart_hint: &'static str,
    /// Demo banner, bold part.
    pub demo_strong: &'static str,
    /// Demo banner ({name} is replaced).
    pub demo_text: &'static str,
    /// Configuration error heading.
    pub config_error_title: &'static str,
    /// Configuration error text ({fallback} is replaced).
    pub config_error_text: &'static str,
    /// "and {name}'s switchboard {number}" ({name}, {number} replaced).
    pub config_error_switchboard: &'static str,
    /// Show the problems ({n} replaced).
    pub config_error_show: &'static str,
    /// Accessible name of the configuration error region.
    pub config_error_region: &'static str,
    /// Outcome could not be assembled: heading.
    pub outcome_error_title: &'static str,
    /// Outcome could not be assembled: text ({name}, {number} replaced).
    pub outcome_error_text: &'static str,
    /// Steps heading.
    pub steps_title: &'static str,
    /// Contacts heading.
    pub contacts_title: &'static str,
    /// "Phone: ".
    pub phone: &'static str,
    /// "Open: ".
    pub open_hours: &'static str,
    /// Open now.
    pub open_now: &'static str,
    /// Closed now.
    pub closed_now: &'static str,
    /// "E-service: ".
    pub e_service: &'static str,
    /// "Visiting address: ".
    pub address: &'static str,
    /// Legal basis heading.
    pub legal_title: &'static str,
    /// Marker of an unverified reference.
    pub verify_locally: &'static str,
    /// Local routine prefix.
    pub routine: &'static str,
    /// National numbers heading.
    pub numbers_title: &'static str,
    /// Drafting aid heading.
    pub draft_title: &'static str,
    /// Drafting aid help.
    pub draft_hint: &'static str,
    /// Drafting aid headings.
    pub notes: [&'static str; 4],
    /// Copy button.
    pub copy: &'static str,
    /// Print button.
    pub print: &'static str,
    /// Copied.
    pub copied: &'static str,
    /// Copy failed.
    pub copy_failed: &'static str,
    /// Your answers heading.
    pub answers_title: &'static str,
    /// Footer line ({version}, {org} replaced).
    pub version_line: &'static str,
    /// "tel." before a phone number in lists.
    pub tel: &'static str,
    /// Before the after-hours unit's number on a closed unit ({name} replaced).
    pub closed_instead: &'static str,
    /// After that number.
    pub closed_instead_after: &'static str,
    /// Inactivity warning.
    pub idle_warning: &'static str,
    /// Button that keeps the journey after the inactivity warning.
    pub idle_keep: &'static str,
}

/// Swedish.
pub const SV: Strings = Strings {
    lang: "sv",
    switch_label: "In English",
    loading: "Hämtar …",
    switch_to: "en",
    widget_name: "Orosguiden",
    start_title: "Orolig för ett barn?",
    start_lead: "Svara på några korta frågor. Du får veta om du ska göra en orosanmälan, om du behöver agera nu, vem du kontaktar och vilket stöd barnet och föräldern kan få.",
    start_time: "Det tar några minuter. Du behöver inte ange vem barnet är.",
    start_privacy_strong: "Inget du svarar sparas eller skickas.",
    start_privacy: " Svaren finns bara i den här fliken och försvinner när du väljer Börja om eller stänger sidan.",
    start_danger: "Är ett barn i fara just nu? Ring 112.",
    start_button: "Börja",
    back: "Tillbaka",
    continue_button: "Fortsätt",
    error_title: "Det finns ett problem",
    error_pick: "Välj ett av alternativen",
    error_prefix: "Fel: ",
    check_title: "Kontrollera dina svar",
    change: "Ändra",
    show_outcome: "Visa vad du ska göra",
    restart: "Börja om",
    restart_hint: "Börja om tömmer alla svar och anteckningar.",
    demo_strong: "Demonstration. ",
    demo_text: "{name} är en påhittad kommun och alla telefonnummer här är påhittade. Använd din egen kommuns version av guiden.",
    config_error_title: "Kommunens uppgifter kunde inte läsas",
    config_error_text: "Guiden visar därför bara nationella uppgifter: 112{fallback}. Den som ansvarar för guiden behöver rätta felen nedan.",
    config_error_switchboard: " och {name}s växel {number}",
    config_error_show: "Visa {n} fel",
    config_error_region: "Fel i konfigurationen",
    outcome_error_title: "Något gick fel",
    outcome_error_text: "Resultatet kunde inte visas. Ring 112 vid fara, annars {name} på {number}.",
    steps_title: "Gör så här",
    contacts_title: "Vem du kontaktar",
    phone: "Telefon: ",
    open_hours: "Öppet: ",
    open_now: "Öppet nu",
    closed_now: "Stängt nu",
    e_service: "E-tjänst: ",
    address: "Besöksadress: ",
    legal_title: "Lagstöd",
    verify_locally: "verifiera lokalt",
    routine: "Lokal rutin: ",
    numbers_title: "Nationella nummer",
    draft_title: "Stöd för att skriva anmälan",
    draft_hint: "Skriv stödord under rubrikerna. Texten stannar i den här fliken: den skickas inte och sparas inte. Skriv barnets namn först i kommunens e-tjänst, inte här.",
    notes: [
        "Vad jag har sett och hört",
        "Vad barnet har sagt, med barnets egna ord",
        "När det hände",
        "Vad jag har gjort hittills",
    ],
    copy: "Kopiera sammanfattningen",
    print: "Skriv ut",
    copied: "Sammanfattningen är kopierad. Klistra in den i kommunens e-tjänst eller ett eget dokument.",
    copy_failed: "Det gick inte att kopiera. Markera texten och kopiera den själv, eller skriv ut.",
    answers_title: "Dina svar",
    version_line: "Orosguidens innehåll, version {version}. Kontaktuppgifter från {org}.",
    tel: "tel.",
    closed_instead: "Stängt just nu. Är det brådskande: ring {name}, ",
    closed_instead_after: ", eller 112 vid fara.",
    idle_warning: "Guiden töms om en minut eftersom den inte har använts. Allt du har svarat och skrivit försvinner då.",
    idle_keep: "Fortsätt använda guiden",
};

/// English.
pub const EN: Strings = Strings {
    lang: "en",
    switch_label: "På svenska",
    loading: "Loading the guide in English …",
    switch_to: "sv",
    widget_name: "Orosguiden – worried about a child",
    start_title: "Worried about a child?",
    start_lead: "Answer a few short questions. You will find out whether to report your concern to social services, whether you need to act now, whom to contact and what support the child and the parent can get.",
    start_time: "It takes a few minutes. You do not need to say who the child is.",
    start_privacy_strong: "Nothing you answer is stored or sent.",
    start_privacy: " Your answers exist only in this tab and are gone when you choose Start again or close the page.",
    start_danger: "Is a child in danger right now? Call 112.",
    start_button: "Start",
    back: "Back",
    continue_button: "Continue",
    error_title: "There is a problem",
    error_pick: "Select one of the options",
    error_prefix: "Error: ",
    check_title: "Check your answers",
    change: "Change",
    show_outcome: "Show what to do",
    restart: "Start again",
    restart_hint: "Start again clears all answers and notes.",
    demo_strong: "Demonstration. ",
    demo_text: "{name} is a made-up municipality and every phone number here is made up. Use your own municipality's version of the guide.",
    config_error_title: "The municipality's details could not be read",
    config_error_text: "The guide therefore shows national details only: 112{fallback}. The person responsible for the guide needs to correct the problems below.",
    config_error_switchboard: " and {name}'s switchboard {number}",
    config_error_show: "Show {n} problems",
    config_error_region: "Problems in the configuration",
    outcome_error_title: "Something went wrong",
    outcome_error_text: "The result could not be shown. Call 112 in an emergency, otherwise {name} on {number}.",
    steps_title: "What to do",
    contacts_title: "Whom to contact",
    phone: "Phone: ",
    open_hours: "Open: ",
    open_now: "Open now",
    closed_now: "Closed now",
    e_service: "E-service: ",
    address: "Visiting address: ",
    legal_title: "Legal basis",
    verify_locally: "verify locally",
    routine: "Local routine: ",
    numbers_title: "National numbers",
    draft_title: "Help to write the report",
    draft_hint: "Write notes under the headings. The text stays in this tab: it is not sent and not stored. Write the child's name in the municipality's e-service, not here.",
    notes: [
        "What I have seen and heard",
        "What the child has said, in the child's own words",
        "When it happened",
        "What I have done so far",
    ],
    copy: "Copy the summary",
    print: "Print",
    copied: "The summary has been copied. Paste it into the municipality's e-service or a document of your own.",
    copy_failed: "Copying did not work. Select the text and copy it yourself, or print.",
    answers_title: "Your answers",
    version_line: "Orosguiden content, version {version}. Contact details from {org}.",
    tel: "phone",
    closed_instead: "Closed right now. If it is urgent, call {name}, ",
    closed_instead_after: ", or 112 in an emergency.",
    idle_warning: "The guide will be cleared in one minute because it has not been used. Everything you have answered and written will then be gone.",
    idle_keep: "Keep using the guide",
};

/// The strings for a language code; Swedish for anything but English.
pub fn strings(lang: &str) -> &'static Strings {
    if lang == "en" {
        &EN
    } else {
        &SV
    }
}
