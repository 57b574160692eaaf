extension Profile {
    /// Hours a week someone can study: at least one, at most every hour of the week.
    public static let plausibleHoursPerWeek = 1...168
    /// Years of experience in a working life.
    public static let plausibleYearsOfExperience = 0...70
    /// A yearly salary in dollars, as the salary bands in the sources could be compared with it.
    public static let plausibleSalary = 1...10_000_000
}
