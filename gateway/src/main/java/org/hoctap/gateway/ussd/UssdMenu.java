package org.hoctap.gateway.ussd;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.hoctap.gateway.inbox.Answer;
import org.hoctap.gateway.inbox.HouseholdActions;
import org.hoctap.gateway.inbox.InboundProcessor.Outcome;
import org.hoctap.shared.activity.Activities;
import org.hoctap.shared.activity.ActivityCategory;
import org.hoctap.shared.activity.ActivityType;
import org.hoctap.shared.activity.Channel;
import org.hoctap.shared.grammar.ReportedActivity;
import org.hoctap.shared.grammar.SmsCommand;
import org.hoctap.shared.grammar.SmsGrammar;
import org.hoctap.shared.people.People;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;

/**
 * The USSD menus and what each choice leads to. A choice that is not on the screen gets the same
 * screen again, saying so. Only the last step of a path acts, through the same
 * {@link HouseholdActions} as an SMS (reporting an activity, asking for results, registering the
 * phone, changing the language), so a session cut short records nothing.
 */
final class UssdMenu {
    private static final List<ActivityCategory> CATEGORIES = List.of(ActivityCategory.ADULT, ActivityCategory.CHILD,
            ActivityCategory.COMMUNITY);
    private static final List<Language> LANGUAGES = List.of(Language.VI, Language.BLT, Language.HNJ);

    /** What a choice leads to: the next state (empty when the session ends) and the screen. */
    record Step(Optional<MenuState> state, Screen screen) {
        static Step to(MenuState state, Screen screen) {
            return new Step(Optional.of(state), screen);
        }

        static Step end(Screen screen) {
            return new Step(Optional.empty(), screen);
        }
    }

    private final UssdScreens screens;
    private final HouseholdActions actions;
    private final Templates templates;

    UssdMenu(UssdScreens screens, HouseholdActions actions, Templates templates) {
        this.screens = screens;
        this.actions = actions;
        this.templates = templates;
    }

    Step open(Connection c, String msisdn) throws SQLException {
        return Step.to(new MenuState.Main(), screens.main(language(c, msisdn)));
    }

    Step choose(Connection c, String msisdn, MenuState state, String input) throws SQLException {
        Language language = language(c, msisdn);
        String choice = input == null ? "" : input.strip();
        return switch (state) {
            case MenuState.Main m -> switch (choice) {
                case "1" -> Step.to(new MenuState.Categories(), screens.categories(language));
                case "2" -> act(c, msisdn, new SmsCommand.Progress(), language);
                case "3" -> Step.to(new MenuState.HouseholdCode(), screens.householdCode(language));
                case "4" -> Step.to(new MenuState.Languages(), screens.languages(language));
                case "5" -> Step.end(screens.help(language));
                default -> again(state, screens.main(language), language);
            };
            case MenuState.Categories k -> {
                if (choice.equals("0")) {
                    yield Step.to(new MenuState.Main(), screens.main(language));
                }
                OptionalInt n = number(choice, 1, CATEGORIES.size());
                yield n.isPresent() ? page(c, language, CATEGORIES.get(n.getAsInt() - 1), 0)
                        : again(state, screens.categories(language), language);
            }
            case MenuState.Activities a -> {
                List<UssdScreens.Page> pages = screens.pages(language, ofCategory(c, a.category()));
                UssdScreens.Page page = pages.get(Math.min(a.page(), pages.size() - 1));
                if (choice.equals("0")) {
                    yield a.page() > 0 ? page(c, language, a.category(), a.page() - 1)
                            : Step.to(new MenuState.Categories(), screens.categories(language));
                }
                if (choice.equals("9") && page.more()) {
                    yield page(c, language, a.category(), a.page() + 1);
                }
                OptionalInt n = number(choice, 1, page.codes().size());
                yield n.isPresent() ? Step.to(new MenuState.Count(page.codes().get(n.getAsInt() - 1)),
                        screens.count(language, page.codes().get(n.getAsInt() - 1)))
                        : again(state, page.screen(), language);
            }
            case MenuState.Count k -> {
                if (choice.equals("0")) {
                    yield page(c, language, Activities.type(c, k.code()).orElseThrow().category(), 0);
                }
                OptionalInt n = number(choice, 1, SmsGrammar.MAX_COUNT);
                yield n.isPresent() ? act(c, msisdn, new SmsCommand.Report(List.of(new ReportedActivity(k.code(),
                        n.getAsInt()))), language) : again(state, screens.count(language, k.code()), language);
            }
            case MenuState.HouseholdCode h -> {
                if (choice.equals("0")) {
                    yield Step.to(new MenuState.Main(), screens.main(language));
                }
                if (!(SmsGrammar.parse("DK " + choice) instanceof SmsCommand.Register register)) {
                    yield again(state, screens.householdCode(language), language);
                }
                Answer answer = actions.act(c, msisdn, register, Channel.USSD, Optional.empty(), false);
                if (answer.outcome() == Outcome.REGISTER_TO_CONFIRM) {
                    String current = People.household(c, People.phone(c, msisdn).orElseThrow().householdId())
                            .orElseThrow().code();
                    yield Step.to(new MenuState.ConfirmMove(register.householdCode()),
                            screens.confirmMove(language, current, register.householdCode()));
                }
                yield Step.end(last(answer, language));
            }
            case MenuState.ConfirmMove move -> switch (choice) {
                case "1" -> act(c, msisdn, new SmsCommand.Register(move.code(), true), language);
                case "0" -> Step.to(new MenuState.Main(), screens.main(language));
                default -> again(state, screens.confirmMove(language, People.household(c, People.phone(c, msisdn)
                        .orElseThrow().householdId()).orElseThrow().code(), move.code()), language);
            };
            case MenuState.Languages l -> {
                OptionalInt n = number(choice, 1, LANGUAGES.size());
                yield n.isPresent() ? act(c, msisdn, new SmsCommand.ChooseLanguage(Optional.of(LANGUAGES.get(
                        n.getAsInt() - 1))), language) : again(state, screens.languages(language), language);
            }
        };
    }

    /** The screen a session that is no longer known gets. */
    Screen expired(Connection c, String msisdn) throws SQLException {
        return screens.expired(language(c, msisdn));
    }

    private Step page(Connection c, Language language, ActivityCategory category, int page) throws SQLException {
        List<UssdScreens.Page> pages = screens.pages(language, ofCategory(c, category));
        int shown = Math.min(page, pages.size() - 1);
        return Step.to(new MenuState.Activities(category, shown), pages.get(shown).screen());
    }

    private Step act(Connection c, String msisdn, SmsCommand command, Language language) throws SQLException {
        return Step.end(last(actions.act(c, msisdn, command, Channel.USSD, Optional.empty(), false), language));
    }

    private Screen last(Answer answer, Language language) {
        return answer.reply().map(r -> screens.last(templates.render(r.templateKey(), r.language(), r.values())))
                .orElseGet(() -> screens.thanks(language));
    }

    private Step again(MenuState state, Screen screen, Language language) {
        return Step.to(state, screens.invalid(language, screen));
    }

    private static List<ActivityType> ofCategory(Connection c, ActivityCategory category) throws SQLException {
        return Activities.catalogue(c).stream().filter(t -> t.category() == category).toList();
    }

    /** The phone's household's language; Vietnamese for a phone not registered. */
    private static Language language(Connection c, String msisdn) throws SQLException {
        return People.phone(c, msisdn).flatMap(p -> {
            try {
                return People.household(c, p.householdId());
            } catch (SQLException e) {
                throw new org.hoctap.shared.store.StoreException("cannot read a household", e);
            }
        }).map(h -> h.language()).orElse(Language.VI);
    }

    private static OptionalInt number(String choice, int from, int to) {
        if (!choice.matches("[0-9]{1,3}")) {
            return OptionalInt.empty();
        }
        int n = Integer.parseInt(choice);
        return n >= from && n <= to ? OptionalInt.of(n) : OptionalInt.empty();
    }
}
